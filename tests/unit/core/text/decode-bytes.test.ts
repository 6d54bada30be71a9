import { describe, expect, it } from 'vitest'

import { decodeBytes } from '../../../../src-main/core/text/decode-bytes'
import { decodeWindows1252 } from '../../../../src-main/core/text/windows-1252'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'))
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'))
const utf16be = (text: string): Uint8Array => utf16le(text).map((_, i, all) => all[i ^ 1] as number)
const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0))
const BINARY_REASON =
  'looks like a binary file, not text (it contains zero bytes); import .txt or .md files'
const CONTROLS_REASON =
  'looks like a binary file, not text (it is full of control characters); import .txt or .md files'

describe('decodeBytes', () => {
  it('reads ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('Council pledges'))).toEqual({
      ok: true,
      text: 'Council pledges',
      encoding: 'utf-8',
    })
  })

  it('reads multi-byte UTF-8: diacritics, CJK and astral characters', () => {
    const text = 'Hà Nội 横浜 🎉 𝐂'
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' })
  })

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' })
  })

  it('drops a UTF-8 byte-order mark and names the encoding utf-8-bom', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Port')))).toEqual({
      ok: true,
      text: 'Port',
      encoding: 'utf-8-bom',
    })
  })

  it('refuses a UTF-8 byte-order mark followed by bytes that are not UTF-8', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41, 0x93))).toEqual({
      ok: false,
      reason:
        'starts with a UTF-8 byte-order mark but is not valid UTF-8 (byte 0x93 at offset 4 begins no valid character); save it as UTF-8 again',
    })
  })

  it('reads UTF-16 LE with a byte-order mark, surrogate pairs included', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, ...utf16le('Café 🌊')))).toEqual({
      ok: true,
      text: 'Café 🌊',
      encoding: 'utf-16le',
    })
  })

  it('reads UTF-16 BE with a byte-order mark, surrogate pairs included', () => {
    expect(decodeBytes(bytes(0xfe, 0xff, ...utf16be('Đà Nẵng 🌊')))).toEqual({
      ok: true,
      text: 'Đà Nẵng 🌊',
      encoding: 'utf-16be',
    })
  })

  it('refuses UTF-16 with an odd number of bytes, naming the byte left over', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))).toEqual({
      ok: false,
      reason:
        'is marked as UTF-16 but is damaged: its last character is cut off (5 bytes, an odd number; the byte 0x42 at offset 4 is left over); save it as UTF-8',
    })
  })

  it('refuses UTF-16 LE with a high surrogate and no low one, naming its offset', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x41, 0x00))).toEqual({
      ok: false,
      reason:
        'is marked as UTF-16 but is damaged: the unit 0xD83D at offset 4 is half of a character (an unpaired surrogate); save it as UTF-8',
    })
  })

  it('refuses UTF-16 BE ending in a high surrogate', () => {
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d))).toEqual({
      ok: false,
      reason:
        'is marked as UTF-16 but is damaged: the unit 0xD83D at offset 4 is half of a character (an unpaired surrogate); save it as UTF-8',
    })
  })

  it('refuses UTF-16 with a low surrogate that follows no high one', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x00, 0xde, 0x41, 0x00))).toEqual({
      ok: false,
      reason:
        'is marked as UTF-16 but is damaged: the unit 0xDE00 at offset 2 is half of a character (an unpaired surrogate); save it as UTF-8',
    })
  })

  it('refuses UTF-32', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0))).toEqual({
      ok: false,
      reason: 'is UTF-32 text, which Gloss does not read; save it as UTF-8',
    })
  })

  it('falls back to Windows-1252 for curly quotes, the euro sign and é', () => {
    expect(decodeBytes(bytes(0x93, ...ascii('caf'), 0xe9, 0x20, 0x80, 0x35, 0x94))).toEqual({
      ok: true,
      text: '“café €5”',
      encoding: 'windows-1252',
    })
  })

  it('falls back to Windows-1252 for an overlong UTF-8 sequence', () => {
    expect(decodeBytes(bytes(0x41, 0xc0, 0xaf))).toEqual({
      ok: true,
      text: 'AÀ¯',
      encoding: 'windows-1252',
    })
  })

  it('falls back to Windows-1252 for a UTF-8-encoded surrogate', () => {
    expect(decodeBytes(bytes(0xed, 0xa0, 0x80))).toEqual({
      ok: true,
      text: 'í\u00a0€',
      encoding: 'windows-1252',
    })
  })

  it('falls back to Windows-1252 for a UTF-8 sequence cut off at the end', () => {
    expect(decodeBytes(bytes(0x41, 0xe2, 0x82))).toEqual({
      ok: true,
      text: 'Aâ‚',
      encoding: 'windows-1252',
    })
  })

  it('falls back to Windows-1252 for code points above U+10FFFF', () => {
    expect(decodeBytes(bytes(0xf4, 0x91, 0x80, 0x80))).toEqual({
      ok: true,
      text: 'ô‘€€',
      encoding: 'windows-1252',
    })
  })

  it.each(['0x81', '0x8D', '0x8F', '0x90', '0x9D'])(
    'refuses byte %s, undefined in Windows-1252, in a file that is not UTF-8, naming both offsets',
    (hex) => {
      expect(decodeBytes(bytes(...ascii('caf'), 0xe9, 0x20, Number(hex)))).toEqual({
        ok: false,
        reason: `is neither UTF-8 (byte 0xE9 at offset 3 begins no valid character) nor Windows-1252 (byte ${hex} at offset 5 is undefined there); save it as UTF-8`,
      })
    },
  )

  it('refuses bytes containing NUL as binary', () => {
    expect(decodeBytes(bytes(...ascii('PNG'), 0, ...ascii('data')))).toEqual({
      ok: false,
      reason: BINARY_REASON,
    })
  })

  it('refuses UTF-16 without a byte-order mark with its own reason', () => {
    expect(decodeBytes(utf16le('Ministers agree'))).toEqual({
      ok: false,
      reason:
        'looks like UTF-16 text without a byte-order mark, which Gloss cannot tell apart from binary data; save it as UTF-8',
    })
  })

  it('refuses text full of control characters even without NUL bytes', () => {
    expect(decodeBytes(bytes(0x01, 0x02, 0x03, ...ascii('abcdefgh'), 0x1b, 0x7f))).toEqual({
      ok: false,
      reason: CONTROLS_REASON,
    })
  })

  it('refuses UTF-16 with a byte-order mark that decodes to control characters', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x41, 0x00))).toEqual({
      ok: false,
      reason: CONTROLS_REASON,
    })
  })

  it('accepts one stray control character in an article', () => {
    const text = `Page one\f${'x'.repeat(40)}\u001a`
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' })
  })
})

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F by the Windows-1252 table', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i).filter(
      (byte) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte),
    )
    expect(decodeWindows1252(high)).toEqual({ text: '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ' })
  })

  it('answers with the offset of the first undefined byte', () => {
    expect(decodeWindows1252(bytes(0x80, 0x41, 0x8d, 0x81))).toEqual({ badByte: 2 })
  })

  it('maps 0xA0–0xFF to the Latin-1 code points', () => {
    const latin = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i)
    expect(decodeWindows1252(latin)).toEqual({
      text: String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)),
    })
  })
})
