import { balancePairs } from './balance-pairs'
import { lineOfSelection } from './line-of-selection'
import { snapToWords, type TextRange } from './snap-to-words'

/**
 * What an analyst's drag (or Shift+arrow selection) means when snapping is on: the line
 * holding most of it (`lineOfSelection`), grown to whole words that stop at a sentence end
 * glued to the next one (`snapToWords`), with its brackets and quotes balanced
 * (`balancePairs`). Snapping the result again gives the result.
 */
export function snapSelection(text: string, start: number, end: number): TextRange {
  const clamp = (offset: number): number => Math.min(text.length, Math.max(0, Math.trunc(offset)))
  const line = lineOfSelection(text, clamp(Math.min(start, end)), clamp(Math.max(start, end)))
  return balancePairs(text, snapToWords(text, line.start, line.end))
}
