import { describe, expect, it } from 'vitest'

import { normalizeWithMap } from '../../../../src-main/core/formats/parse-normalize-map'

describe('normalizeWithMap', () => {
  it('leaves normalised text and its offsets as they are', () => {
    const { text, map } = normalizeWithMap('Hà Nội 👍🏻\nxong')
    expect(text).toBe('Hà Nội 👍🏻\nxong')
    expect([0, 3, 7, 11, 16].map(map)).toEqual([0, 3, 7, 11, 16])
  })

  it('moves offsets after each CRLF back by one and refuses the offset between CR and LF', () => {
    const { text, map } = normalizeWithMap('ab\r\ncd\r\nef')
    expect(text).toBe('ab\ncd\nef')
    expect([0, 2, 3, 4, 6, 8, 10].map(map)).toEqual([0, 2, null, 3, 5, 6, 8])
  })

  it('turns a lone CR into LF without moving anything', () => {
    const { text, map } = normalizeWithMap('ab\rcd')
    expect(text).toBe('ab\ncd')
    expect([2, 3, 5].map(map)).toEqual([2, 3, 5])
  })

  it('composes decomposed accents and moves later offsets, refusing offsets inside them', () => {
    // "Việt" with ệ as e + U+0323 + U+0302 (3 units) → one unit in NFC.
    const raw = 'Vie\u0323\u0302t Nam'
    const { text, map } = normalizeWithMap(raw)
    expect(text).toBe('Việt Nam')
    expect([0, 2, 3, 4, 5, 6, 7, 10].map(map)).toEqual([0, 2, null, null, 3, 4, 5, 8])
  })

  it('drops a leading byte-order mark and moves every offset back by one', () => {
    const { text, map } = normalizeWithMap('\ufeffabc')
    expect(text).toBe('abc')
    expect([0, 1, 4].map(map)).toEqual([0, 0, 3])
  })

  it('keeps a byte-order mark that is not at the start, as normalizeText does', () => {
    const { text, map } = normalizeWithMap('a\ufeffb\r\nc')
    expect(text).toBe('a\ufeffb\nc')
    expect([1, 2, 3, 5, 6].map(map)).toEqual([1, 2, 3, 4, 5])
  })
})
