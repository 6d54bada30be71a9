import { describe, expect, it } from 'vitest'

import { normalizeText } from '../../../../src-main/core/text/normalize-text'

describe('normalizeText', () => {
  it('strips a leading byte-order mark', () => {
    expect(normalizeText('\ufeffPort authority')).toBe('Port authority')
  })

  it('keeps a U+FEFF that is not at the start', () => {
    expect(normalizeText('a\ufeffb')).toBe('a\ufeffb')
  })

  it('turns CRLF into LF', () => {
    expect(normalizeText('one\r\ntwo\r\n')).toBe('one\ntwo\n')
  })

  it('turns a lone CR into LF', () => {
    expect(normalizeText('one\rtwo\r\rthree')).toBe('one\ntwo\n\nthree')
  })

  it('turns mixed line endings into LF, one each', () => {
    expect(normalizeText('a\r\n\rb\n\r\nc')).toBe('a\n\nb\n\nc')
  })

  it('composes decomposed Vietnamese to NFC', () => {
    const decomposed = 'Ha\u0300 No\u0323\u0302i'
    expect(normalizeText(decomposed)).toBe('H\u00e0 N\u1ed9i')
  })

  it('leaves glued words, tabs, double spaces and trailing spaces alone', () => {
    const raw = 'will increasecooperation\tand  share data. \nRead more '
    expect(normalizeText(raw)).toBe(raw)
  })

  it('does not apply compatibility folding (NFC, not NFKC)', () => {
    expect(normalizeText('ﬁve ＡＢ ²')).toBe('ﬁve ＡＢ ²')
  })

  it('leaves emoji sequences unchanged', () => {
    const text = '👨‍👩‍👧‍👦 🇬🇧 👍🏽 1️⃣'
    expect(normalizeText(text)).toBe(text)
  })
})
