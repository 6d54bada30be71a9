import { looksBinary, looksLikeBomlessUtf16 } from './binary-sniff'
import { decodeUtf16 } from './utf16'
import { decodeUtf8 } from './utf8'
import { decodeWindows1252 } from './windows-1252'

/** How a file's bytes were read. `utf-8-bom` is UTF-8 that started with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/**
 * The text of a file, or why it cannot be read as text. `reason` completes a sentence that
 * starts with the file name ("report.png looks like a binary file, not text ...").
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

/**
 * Reads article bytes as text (DESIGN.md §4): UTF-8 with or without a byte-order mark, UTF-16
 * LE/BE with a byte-order mark, otherwise Windows-1252 when the bytes are not valid UTF-8.
 * Binary data is refused. The byte-order mark is not part of the returned text.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    return { ok: false, reason: 'is UTF-32 text, which Gloss does not read; save it as UTF-8' }
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const littleEndian = b0 === 0xff
    const text = decodeUtf16(bytes, 2, littleEndian)
    if (text === null) {
      return {
        ok: false,
        reason: 'is marked as UTF-16 but is damaged (a character is cut off); save it as UTF-8',
      }
    }
    if (looksBinary(text)) return REFUSED_FOR_CONTROLS
    return { ok: true, text, encoding: littleEndian ? 'utf-16le' : 'utf-16be' }
  }
  if (bytes.includes(0)) {
    if (looksLikeBomlessUtf16(bytes)) {
      return {
        ok: false,
        reason:
          'looks like UTF-16 text without a byte-order mark, which Gloss cannot tell apart from binary data; save it as UTF-8',
      }
    }
    return REFUSED_AS_BINARY
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = decodeUtf8(bytes, 3)
    if (text === null) {
      return {
        ok: false,
        reason:
          'starts with a UTF-8 byte-order mark but is not valid UTF-8; save it as UTF-8 again',
      }
    }
    if (looksBinary(text)) return REFUSED_FOR_CONTROLS
    return { ok: true, text, encoding: 'utf-8-bom' }
  }
  const utf8 = decodeUtf8(bytes)
  const text = utf8 ?? decodeWindows1252(bytes)
  if (looksBinary(text)) return REFUSED_FOR_CONTROLS
  return { ok: true, text, encoding: utf8 === null ? 'windows-1252' : 'utf-8' }
}
