import { countStartingBefore } from '@core/spans/starts-before'
import { findMatches } from '@core/text/find-matches'
import type { TextRange } from '@core/text/snap-to-words'

import type { FindState } from './find-state'

const NO_MATCHES: readonly TextRange[] = []

let last: {
  readonly text: string
  readonly query: string
  readonly caseSensitive: boolean
  readonly wholeWord: boolean
  readonly matches: readonly TextRange[]
} | null = null

/**
 * The matches of the find bar's query in `text`, nothing while the bar is closed. The last
 * answer is kept: the bar, the paints and the commands all ask for it, and searching a
 * 1M-character text again for each of them would cost tens of milliseconds every time.
 */
export function findResults(text: string, find: FindState): readonly TextRange[] {
  if (!find.open || find.query === '') return NO_MATCHES
  const { query, caseSensitive, wholeWord } = find
  if (
    last?.text === text &&
    last.query === query &&
    last.caseSensitive === caseSensitive &&
    last.wholeWord === wholeWord
  ) {
    return last.matches
  }
  const matches = findMatches(text, query, { caseSensitive, wholeWord })
  last = { text, query, caseSensitive, wholeWord, matches }
  return matches
}

/** The current match's index (`find.current` kept inside the matches), -1 with none. */
export const currentIndex = (find: FindState, matches: readonly TextRange[]): number =>
  matches.length === 0 ? -1 : Math.min(Math.max(0, find.current), matches.length - 1)

/** The first match starting at `offset` or after it (wrapping round to the first). */
export function firstMatchFrom(matches: readonly TextRange[], offset: number): number {
  const at = countStartingBefore(matches, offset)
  return at < matches.length ? at : 0
}
