import { count } from './export-spans'

/** What aligning spans with tokens did, summed over an export. */
export interface TokenTally {
  splitSpans: number
  looseSpans: number
  tokenless: number
}

export const emptyTokenTally = (): TokenTally => ({ splitSpans: 0, looseSpans: 0, tokenless: 0 })

/** The warnings for a token-based export (spaCy, CoNLL), in a fixed order. */
export function tokenWarnings(tally: TokenTally): string[] {
  const warnings: string[] = []
  if (tally.splitSpans > 0) {
    warnings.push(
      `${count(tally.splitSpans, 'span')} began or ended inside a word: the word was split into two tokens there.`,
    )
  }
  if (tally.looseSpans > 0) {
    warnings.push(
      `${count(tally.looseSpans, 'span')} began or ended in whitespace: the tokens inside it were used.`,
    )
  }
  if (tally.tokenless > 0) {
    warnings.push(
      `${count(tally.tokenless, 'span')} covered only whitespace, so no token: left out.`,
    )
  }
  return warnings
}
