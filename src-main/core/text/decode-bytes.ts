import { looksBinary, looksLikeBomlessUtf16 } from './binary-sniff'
import { hexByte } from './byte-problem'
import { decodeUtf16 } from './utf16'
import { decodeUtf8 } from './utf8'
import { decodeWindows1252 } from './windows-1252'

/** How a file's bytes were read. `utf-8-bom` is UTF-8 that started with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/**
 * The text of a file, or why it cannot be read as text. `reason` completes a sentence that
 * starts with the file name ("report.png looks like a binary file, not text ..."); a byte
 * that cannot be decoded is named with its offset, never replaced by U+FFFD.
 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly reason: string }

const BINARY = 'looks like a binary file, not text'
const REFUSED_AS_BINARY: DecodeResult = {
  ok: false,
  reason: `${BINARY} (it contains zero bytes); import .txt or .md files`,
}
const REFUSED_FOR_CONTROLS: DecodeResult = {
  ok: false,
  reason: `${BINARY} (it is full of control characters); import .txt or .md files`,
}
const refused = (reason: string): DecodeResult => ({ ok: false, reason })
const at = (bytes: Uint8Array, offset: number): string =>
  `byte ${hexByte(bytes[offset] as number)} at offset ${offset}`

/**
 * Reads article bytes as text (DESIGN.md §4): UTF-8 with or without a byte-order mark, UTF-16
 * LE/BE with a byte-order mark, otherwise Windows-1252 when the bytes are not valid UTF-8.
 * Binary data is refused. The byte-order mark is not part of the returned text.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    return refused('is UTF-32 text, which Gloss does not read; save it as UTF-8')
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const littleEndian = b0 === 0xff
    const decoded = decodeUtf16(bytes, 2, littleEndian)
    if (!('text' in decoded)) {
      const damage =
        decoded.kind === 'odd-length'
          ? `its last character is cut off (${bytes.length} bytes, an odd number; the ${at(bytes, decoded.badByte)} is left over)`
          : `the unit 0x${decoded.unit.toString(16).toUpperCase()} at offset ${decoded.badByte} is half of a character (an unpaired surrogate)`
      return refused(`is marked as UTF-16 but is damaged: ${damage}; save it as UTF-8`)
    }
    if (looksBinary(decoded.text)) return REFUSED_FOR_CONTROLS
    return { ok: true, text: decoded.text, encoding: littleEndian ? 'utf-16le' : 'utf-16be' }
  }
  if (bytes.includes(0)) {
    if (looksLikeBomlessUtf16(bytes)) {
      return refused(
        'looks like UTF-16 text without a byte-order mark, which Gloss cannot tell apart from binary data; save it as UTF-8',
      )
    }
    return REFUSED_AS_BINARY
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const decoded = decodeUtf8(bytes, 3)
    if (!('text' in decoded)) {
      return refused(
        `starts with a UTF-8 byte-order mark but is not valid UTF-8 (${at(bytes, decoded.badByte)} begins no valid character); save it as UTF-8 again`,
      )
    }
    if (looksBinary(decoded.text)) return REFUSED_FOR_CONTROLS
    return { ok: true, text: decoded.text, encoding: 'utf-8-bom' }
  }
  const utf8 = decodeUtf8(bytes)
  if ('text' in utf8) {
    if (looksBinary(utf8.text)) return REFUSED_FOR_CONTROLS
    return { ok: true, text: utf8.text, encoding: 'utf-8' }
  }
  const cp1252 = decodeWindows1252(bytes)
  if (!('text' in cp1252)) {
    return refused(
      `is neither UTF-8 (${at(bytes, utf8.badByte)} begins no valid character) nor Windows-1252 (${at(bytes, cp1252.badByte)} is undefined there); save it as UTF-8`,
    )
  }
  if (looksBinary(cp1252.text)) return REFUSED_FOR_CONTROLS
  return { ok: true, text: cp1252.text, encoding: 'windows-1252' }
}
