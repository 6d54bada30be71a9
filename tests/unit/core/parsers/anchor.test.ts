import { describe, expect, it } from 'vitest'

import { createDocumentAnchor } from '../../../../src-main/core/formats/parse-anchor'
import { CAM_KET, EMOJI, VI } from './fixtures'

describe('createDocumentAnchor', () => {
  it.each(['codepoints', 'utf16', 'bytes'] as const)(
    'places "cam kết" from %s offsets at UTF-16 15–22',
    (unit) => {
      const [start, end] = CAM_KET[unit]
      expect(createDocumentAnchor(VI).place(start, end, unit, 'cam kết')).toEqual({
        start: 15,
        end: 22,
        text: 'cam kết',
      })
    },
  )

  it.each(['codepoints', 'utf16', 'bytes'] as const)(
    'places a span of just the astral emoji from %s offsets',
    (unit) => {
      const [start, end] = EMOJI[unit]
      expect(createDocumentAnchor(VI).place(start, end, unit, '👍🏻')).toEqual({
        start: 10,
        end: 14,
        text: '👍🏻',
      })
    },
  )

  it('refuses reversed offsets', () => {
    expect(createDocumentAnchor(VI).place(10, 5, 'codepoints', undefined)).toBe(
      'offsets 10–5 are reversed',
    )
  })

  it('refuses offsets that cover nothing', () => {
    expect(createDocumentAnchor(VI).place(4, 4, 'codepoints', undefined)).toBe(
      'offsets 4–4 cover no text',
    )
  })

  it('refuses offsets past the end, naming the length in the unit', () => {
    expect(createDocumentAnchor(VI).place(30, 34, 'codepoints', undefined)).toBe(
      'offsets 30–34 are outside the text (0–33 code points)',
    )
  })

  it('refuses negative offsets', () => {
    expect(createDocumentAnchor(VI).place(-1, 3, 'bytes', undefined)).toBe(
      'offsets -1–3 are outside the text (0–50 bytes)',
    )
  })

  it('refuses offsets that are not whole numbers', () => {
    expect(createDocumentAnchor(VI).place('4', 9.5, 'utf16', undefined)).toBe(
      'offsets "4"–9.5 are not whole numbers',
    )
  })

  it('refuses a UTF-16 offset between the halves of a surrogate pair', () => {
    expect(createDocumentAnchor(VI).place(11, 22, 'utf16', undefined)).toBe(
      'offset 11 falls inside the character "👍" (UTF-16 units)',
    )
  })

  it('refuses a byte offset inside a multi-byte character', () => {
    // "ủ" is bytes 2–5: byte 3 is inside it.
    expect(createDocumentAnchor(VI).place(0, 3, 'bytes', undefined)).toBe(
      'offset 3 falls inside the character "ủ" (bytes)',
    )
  })

  it('refuses offsets whose covered text differs from what the file says', () => {
    expect(createDocumentAnchor(VI).place(13, 20, 'codepoints', 'cam ket')).toBe(
      'offsets 13–20 cover "cam kết" but the file says "cam ket"',
    )
  })

  it('accepts a stated text that differs only in how its accents are encoded', () => {
    expect(createDocumentAnchor(VI).place(13, 20, 'codepoints', 'cam ke\u0302\u0301t')).toEqual({
      start: 15,
      end: 22,
      text: 'cam kết',
    })
  })

  it('reads offsets against CRLF text and returns them on the LF text', () => {
    const anchor = createDocumentAnchor('Dòng một\r\nDòng hai 👍🏻\r\nhết')
    expect(anchor.text).toBe('Dòng một\nDòng hai 👍🏻\nhết')
    // UTF-16 in the CRLF text: "hết" starts after 8 + 2 + 13 + 2 = 25; two CRs fewer in LF.
    expect(anchor.place(25, 28, 'utf16', 'hết')).toEqual({ start: 23, end: 26, text: 'hết' })
  })

  it('reads offsets against decomposed (NFD) text and returns them on the NFC text', () => {
    const raw = 'Vie\u0323\u0302t Nam cam ke\u0302\u0301t'
    const anchor = createDocumentAnchor(raw)
    expect(anchor.text).toBe('Việt Nam cam kết')
    // In NFD code points "cam kết" is 11–20 ("Việt" is 6, "kết" is 5).
    expect(anchor.place(11, 20, 'codepoints', 'cam ke\u0302\u0301t')).toEqual({
      start: 9,
      end: 16,
      text: 'cam kết',
    })
  })

  it('refuses offsets that cut between a letter and the accent NFC composes onto it', () => {
    const anchor = createDocumentAnchor('Vie\u0323\u0302t')
    expect(anchor.place(0, 3, 'utf16', undefined)).toBe(
      'offsets 0–3 cut through a character Gloss stores normalised (accents composed as NFC, line breaks as LF)',
    )
  })
})
