import { describe, expect, it } from 'vitest'

import { isSurrogateSplit } from '../../../../src-main/core/text/offsets'
import { snapToWords } from '../../../../src-main/core/text/snap-to-words'

// Pieces that make snapping hard, glued together at random.
const PIECES = [
  'Hà',
  'Nội',
  'o\u0323\u0302',
  'e\u0301',
  ' ',
  '  ',
  '\n',
  ',',
  '.',
  '-',
  '’',
  '%',
  '£',
  '76',
  '3.5',
  '“',
  '”',
  '—',
  '🎉',
  '👨‍👩‍👧‍👦',
  '🇬🇧',
  '👍🏽',
  '1️⃣',
  '#️⃣',
  '𝐂',
  '横浜',
  '！',
  'UK',
  'U.S.',
  'increasecooperation',
  '\t',
]
const WORD = /[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u
const EXTENDER = /^[\p{M}\p{Emoji_Modifier}\u200d]/u

/** A deterministic pseudo-random sequence (LCG), so a failure can be replayed. */
function* random(seed: number): Generator<number> {
  let state = seed
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    yield state / 2 ** 31
  }
}

const cases = (() => {
  const rand = random(42)
  const next = (n: number): number => Math.floor((rand.next().value as number) * n)
  const result: { text: string; start: number; end: number }[] = []
  for (let c = 0; c < 3000; c++) {
    const text = Array.from({ length: 3 + next(12) }, () => PIECES[next(PIECES.length)]).join('')
    const a = next(text.length + 1)
    const b = next(text.length + 1)
    result.push({ text, start: a, end: b })
  }
  return result
})()

const coversWord = (text: string, start: number, end: number): boolean =>
  WORD.test(text.slice(Math.min(start, end), Math.max(start, end)))

describe('snapToWords on 3,000 random selections', () => {
  it('never returns an empty or backwards range when a word character was selected', () => {
    const bad = cases.filter(({ text, start, end }) => {
      if (!coversWord(text, start, end)) return false
      const range = snapToWords(text, start, end)
      return !(range.start < range.end)
    })
    expect(bad).toEqual([])
  })

  it('never ends or starts inside a surrogate pair', () => {
    const bad = cases.filter(({ text, start, end }) => {
      const range = snapToWords(text, start, end)
      return isSurrogateSplit(text, range.start) || isSurrogateSplit(text, range.end)
    })
    expect(bad).toEqual([])
  })

  it('never cuts a combining mark, skin tone or ZWJ off its character', () => {
    const bad = cases.filter(({ text, start, end }) => {
      if (!coversWord(text, start, end)) return false
      const range = snapToWords(text, start, end)
      return (
        (range.start > 0 && EXTENDER.test(text.slice(range.start))) ||
        EXTENDER.test(text.slice(range.end))
      )
    })
    expect(bad).toEqual([])
  })

  it('keeps every word character the selection touched', () => {
    const bad = cases.filter(({ text, start, end }) => {
      const from = Math.min(start, end)
      const to = Math.max(start, end)
      if (!coversWord(text, from, to)) return false
      let firstWord = -1
      let lastWordEnd = -1
      for (let i = from; i < to;) {
        const ch = String.fromCodePoint(text.codePointAt(i) as number)
        if (WORD.test(ch)) {
          if (firstWord === -1) firstWord = i
          lastWordEnd = Math.min(to, i + ch.length)
        }
        i += ch.length
      }
      const range = snapToWords(text, from, to)
      return range.start > firstWord || range.end < lastWordEnd
    })
    expect(bad).toEqual([])
  })

  it('gives the same range when snapped twice', () => {
    const bad = cases.filter(({ text, start, end }) => {
      if (!coversWord(text, start, end)) return false
      const once = snapToWords(text, start, end)
      const twice = snapToWords(text, once.start, once.end)
      return once.start !== twice.start || once.end !== twice.end
    })
    expect(bad).toEqual([])
  })
})
