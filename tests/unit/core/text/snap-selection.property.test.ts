import fc from 'fast-check'
import { describe, it } from 'vitest'

import { snapSelection } from '../../../../src-main/core/text/snap-selection'
import { fuzzParameters } from '../../../support/fuzz-runs'

// Pieces that make snapping a selection hard, glued together at random.
const PIECES = [
  'Hà',
  'Nội',
  'o\u0323\u0302',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '’',
  "'",
  '‘',
  '"',
  '(',
  ')',
  '[',
  ']',
  '«',
  '»',
  '“',
  '”',
  '🎉',
  '👍🏽',
  'UK',
  'U.S.',
  'Apart',
  'relations',
  '3.5',
]
const WORD = /[\p{L}\p{N}\p{Extended_Pictographic}]/u
const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '»': '«', '”': '“' }
const OPENING = new Set(Object.values(CLOSING))

const selected = (text: string, start: number, end: number): string =>
  text.slice(Math.min(start, end), Math.max(start, end))

// A text glued from the pieces, and a drag over it (either way round, or off its ends).
const drag = fc
  .array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 16 })
  .map((pieces) => pieces.join(''))
  .chain((text) =>
    fc.record({
      text: fc.constant(text),
      start: fc.integer({ min: -1, max: text.length + 1 }),
      end: fc.integer({ min: -1, max: text.length + 1 }),
    }),
  )

/** Whether `promise` holds for every drag that selected a word. */
const forEveryDrag = (promise: (text: string, start: number, end: number) => boolean) =>
  fc.assert(
    fc.property(drag, ({ text, start, end }) => {
      fc.pre(WORD.test(selected(text, start, end)))
      return promise(text, start, end)
    }),
    fuzzParameters(),
  )

/** Whether the brackets that have a direction are properly nested in `s`. */
function nested(s: string): boolean {
  const stack: string[] = []
  for (const ch of s) {
    if (OPENING.has(ch)) stack.push(ch)
    else if (ch in CLOSING && stack.pop() !== CLOSING[ch]) return false
  }
  return stack.length === 0
}

describe('snapSelection on random drags over glued pieces', () => {
  it('never crosses a line break when a word was selected', () => {
    forEveryDrag((text, start, end) => {
      const range = snapSelection(text, start, end)
      return !text.slice(range.start, range.end).includes('\n')
    })
  })

  it('never comes back empty or backwards when a word was selected', () => {
    forEveryDrag((text, start, end) => {
      const range = snapSelection(text, start, end)
      return range.start < range.end
    })
  })

  it('keeps brackets, guillemets and curly double quotes nested and balanced', () => {
    forEveryDrag((text, start, end) => {
      const range = snapSelection(text, start, end)
      return nested(text.slice(range.start, range.end))
    })
  })

  it('gives the same range when snapped twice', () => {
    forEveryDrag((text, start, end) => {
      const once = snapSelection(text, start, end)
      const twice = snapSelection(text, once.start, once.end)
      return once.start === twice.start && once.end === twice.end
    })
  })
})
