import { describe, expect, it } from 'vitest'

import {
  createOffsetConverter,
  isSurrogateSplit,
  type OffsetUnit,
} from '../../../../src-main/core/text/offsets'

const codePointsBefore = (text: string, utf16: number): number =>
  Array.from(text.slice(0, utf16)).length
const bytesBefore = (text: string, utf16: number): number =>
  Buffer.byteLength(text.slice(0, utf16), 'utf8')

/** Each UTF-16 offset, converted to [codepoints, bytes]. */
const table = (text: string): [number, number, number][] => {
  const converter = createOffsetConverter(text)
  const rows: [number, number, number][] = []
  for (let offset = 0; offset <= text.length; offset++) {
    if (isSurrogateSplit(text, offset)) continue
    rows.push([
      offset,
      converter.fromUtf16(offset, 'codepoints'),
      converter.fromUtf16(offset, 'bytes'),
    ])
  }
  return rows
}

describe('createOffsetConverter', () => {
  it('maps ASCII offsets to themselves in every unit', () => {
    expect(table('Port')).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
      [4, 4, 4],
    ])
  })

  it('counts precomposed Vietnamese letters as one code point and two or three bytes', () => {
    // H à ␠ N ộ i: à is U+00E0 (2 bytes), ộ is U+1ED9 (3 bytes)
    expect(table('Hà Nội')).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 3],
      [3, 3, 4],
      [4, 4, 5],
      [5, 5, 8],
      [6, 6, 9],
    ])
  })

  it('counts decomposed Vietnamese marks as their own code points', () => {
    // o + U+0323 + U+0302: three code points, 1 + 2 + 2 bytes
    expect(table('o\u0323\u0302i')).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 3],
      [3, 3, 5],
      [4, 4, 6],
    ])
  })

  it('counts an astral emoji as two UTF-16 units, one code point, four bytes', () => {
    expect(table('a🎉b')).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [3, 2, 5],
      [4, 3, 6],
    ])
  })

  it('measures a ZWJ family as 11 units, 7 code points, 25 bytes', () => {
    const family = '👨‍👩‍👧‍👦'
    const converter = createOffsetConverter(family)
    expect([
      converter.length('utf16'),
      converter.length('codepoints'),
      converter.length('bytes'),
    ]).toEqual([11, 7, 25])
  })

  it('measures a flag as two regional indicators: 4 units, 2 code points, 8 bytes', () => {
    const converter = createOffsetConverter('🇬🇧')
    expect([
      converter.length('utf16'),
      converter.length('codepoints'),
      converter.length('bytes'),
    ]).toEqual([4, 2, 8])
  })

  it('measures CJK as one unit and three bytes per character', () => {
    expect(table('横浜')).toEqual([
      [0, 0, 0],
      [1, 1, 3],
      [2, 2, 6],
    ])
  })

  it('measures astral math letters as two units, one code point, four bytes', () => {
    expect(table('𝐂𝐋')).toEqual([
      [0, 0, 0],
      [2, 1, 4],
      [4, 2, 8],
    ])
  })

  it('agrees with Array.from and Buffer.byteLength at every boundary of a mixed text', () => {
    const text = 'Hà Nội 👨‍👩‍👧‍👦 🇬🇧 👍🏽 1️⃣ 𝐂𝐋𝐄𝐀𝐍 横浜 Ha\u0300 — “76,000”\n'
    const expected = []
    for (let offset = 0; offset <= text.length; offset++) {
      if (isSurrogateSplit(text, offset)) continue
      expected.push([offset, codePointsBefore(text, offset), bytesBefore(text, offset)])
    }
    expect(table(text)).toEqual(expected)
  })

  it('converts every boundary back to the same UTF-16 offset', () => {
    const text = 'Hà Nội 👨‍👩‍👧‍👦 🇬🇧 𝐂 横浜 é'
    const converter = createOffsetConverter(text)
    const units: OffsetUnit[] = ['utf16', 'codepoints', 'bytes']
    for (const [offset] of table(text)) {
      for (const unit of units) {
        expect(converter.toUtf16(converter.fromUtf16(offset, unit), unit)).toBe(offset)
      }
    }
  })

  it('converts code point and byte offsets to UTF-16', () => {
    const converter = createOffsetConverter('a🎉bé横')
    expect([0, 1, 2, 3, 4, 5].map((cp) => converter.toUtf16(cp, 'codepoints'))).toEqual([
      0, 1, 3, 4, 5, 6,
    ])
    expect([0, 1, 5, 6, 8, 11].map((b) => converter.toUtf16(b, 'bytes'))).toEqual([
      0, 1, 3, 4, 5, 6,
    ])
  })

  it('refuses a UTF-16 offset inside a surrogate pair', () => {
    const converter = createOffsetConverter('a🎉b')
    expect(() => converter.fromUtf16(2, 'codepoints')).toThrow(
      new RangeError('UTF-16 offset 2 splits a surrogate pair.'),
    )
  })

  it('refuses a byte offset inside a multi-byte character', () => {
    const converter = createOffsetConverter('aé')
    expect(() => converter.toUtf16(2, 'bytes')).toThrow(
      new RangeError('Offset 2 (bytes) falls inside a character.'),
    )
  })

  it('refuses offsets beyond the end, negative or fractional', () => {
    const converter = createOffsetConverter('a🎉')
    expect(() => converter.fromUtf16(4, 'bytes')).toThrow(
      new RangeError('Offset 4 is outside the text (0–3 utf16).'),
    )
    expect(() => converter.toUtf16(3, 'codepoints')).toThrow(
      new RangeError('Offset 3 is outside the text (0–2 codepoints).'),
    )
    expect(() => converter.fromUtf16(-1, 'utf16')).toThrow(RangeError)
    expect(() => converter.toUtf16(0.5, 'bytes')).toThrow(RangeError)
  })

  it('reports lengths in each unit', () => {
    const converter = createOffsetConverter('Nội 🎉')
    expect([
      converter.length('utf16'),
      converter.length('codepoints'),
      converter.length('bytes'),
    ]).toEqual([6, 5, 10])
  })

  it('converts 100,000 offsets on a 1,000,000-character text exactly', () => {
    const pattern = 'Hà Nội 🎉 intelligence-sharing 横浜 𝐂 '
    const repeats = Math.floor(1_000_000 / pattern.length)
    const text = pattern.repeat(repeats)
    const inside = [...Array(pattern.length).keys()].filter((k) => !isSurrogateSplit(pattern, k))
    // Per copy of the pattern: 37 UTF-16 units, 35 code points, 48 bytes.
    expect([pattern.length, codePointsBefore(pattern, 37), bytesBefore(pattern, 37)]).toEqual([
      37, 35, 48,
    ])
    const converter = createOffsetConverter(text)
    const mismatches: number[] = []
    for (let i = 0; i < 100_000; i++) {
      const copy = (i * 7919) % repeats
      const k = inside[i % inside.length] as number
      const offset = copy * 37 + k
      const codepoints = copy * 35 + codePointsBefore(pattern, k)
      const bytes = copy * 48 + bytesBefore(pattern, k)
      if (
        converter.fromUtf16(offset, 'codepoints') !== codepoints ||
        converter.fromUtf16(offset, 'bytes') !== bytes ||
        converter.toUtf16(codepoints, 'codepoints') !== offset ||
        converter.toUtf16(bytes, 'bytes') !== offset
      ) {
        mismatches.push(offset)
      }
    }
    expect(mismatches).toEqual([])
  })
})

describe('isSurrogateSplit', () => {
  it('is true between the two halves of a surrogate pair', () => {
    expect(isSurrogateSplit('a🎉b', 2)).toBe(true)
  })

  it('is false at the edges of a surrogate pair and of the text', () => {
    expect([0, 1, 3, 4].map((offset) => isSurrogateSplit('a🎉b', offset))).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('is false after a lone high surrogate', () => {
    expect(isSurrogateSplit('\ud83cx', 1)).toBe(false)
  })

  it('is false between a letter and a combining mark (not a surrogate pair)', () => {
    expect(isSurrogateSplit('e\u0301', 1)).toBe(false)
  })
})
