import type { Token } from './tokenize'

const TERMINATOR = /^[.!?…‼⁇⁈⁉]$/u
const CLOSER = /^[”’"'»)\]}]$/u
const OPENER = /^[“‘"'«([{]$/u
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{N}]/u

/**
 * Groups tokens (from `tokenize`) into sentences. A sentence ends
 * - at a line break (a headline, a paragraph), or
 * - after `.` `!` `?` `…` (as tokens of their own, so not the full stop of "Mr." or "U.S.")
 *   and any closing quotes or brackets right after it, when whitespace follows and the next
 *   token starts with a capital letter or a digit, or is an opening quote or bracket
 *   before one ("… said. “We will …").
 * Every token lands in exactly one sentence, in order; no sentence is empty.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = []
  let current: Token[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token
    current.push(token)
    const next = tokens[k + 1]
    if (next === undefined) break
    if (endsSentence(text, tokens, k)) {
      sentences.push(current)
      current = []
    }
  }
  if (current.length > 0) sentences.push(current)
  return sentences
}

function endsSentence(text: string, tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token
  const next = tokens[k + 1] as Token
  const gap = text.slice(token.end, next.start)
  if (gap.includes('\n')) return true
  if (gap === '') return false
  // Walk back over closing quotes and brackets glued to a terminator.
  let j = k
  while (j >= 0 && CLOSER.test(slice(text, tokens[j]))) {
    const previous = tokens[j - 1]
    if (previous === undefined || previous.end !== (tokens[j] as Token).start) return false
    j--
  }
  if (j < 0 || !TERMINATOR.test(slice(text, tokens[j]))) return false
  const first = slice(text, next)
  if (SENTENCE_START.test(first)) return true
  const after = tokens[k + 2]
  return OPENER.test(first) && after !== undefined && SENTENCE_START.test(slice(text, after))
}

function slice(text: string, token: Token | undefined): string {
  return token === undefined ? '' : text.slice(token.start, token.end)
}
