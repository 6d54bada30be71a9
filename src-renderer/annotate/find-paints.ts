import { countStartingBefore } from '@core/spans/starts-before'
import type { TextRange } from '@core/text/snap-to-words'

import type { Paint, PaintSource } from './paint-plan'

// Find marks are drawn in the highlighter yellow of every find bar, apart from the labels' colours.
const FIND_COLOR = '#f2c200'

/** The first match ending after `offset`: matches do not overlap, so only the one before can. */
function firstEndingAfter(matches: readonly TextRange[], offset: number): number {
  const at = countStartingBefore(matches, offset)
  return at > 0 && (matches[at - 1] as TextRange).end > offset ? at - 1 : at
}

/**
 * `source`'s paints with the find bar's matches on top, found per block by binary search so
 * that only the blocks on screen paint theirs, however many matches a long text has. The
 * current match is a variant of its own (`hl-find-current`).
 */
export function withFindPaints(
  source: PaintSource,
  matches: readonly TextRange[],
  current: number,
): PaintSource {
  if (matches.length === 0) return source
  return {
    paintsIn: (block, index) => {
      const own = source.paintsIn(block, index)
      const found: Paint[] = []
      for (let i = firstEndingAfter(matches, block.start); i < matches.length; i++) {
        const match = matches[i] as TextRange
        if (match.start >= block.end) break
        found.push({
          spanId: `find:${i}`,
          label: '',
          color: FIND_COLOR,
          start: match.start,
          end: match.end,
          depth: 0,
          variant: i === current ? 'find find-current' : 'find',
        })
      }
      return found.length === 0 ? own : [...own, ...found]
    },
  }
}
