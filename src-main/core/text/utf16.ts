import { unitsToString } from './utf8'

/** Why UTF-16 bytes could not be read: a byte left over, or half of a surrogate pair. */
export type Utf16Problem =
  | { readonly badByte: number; readonly kind: 'odd-length' }
  | { readonly badByte: number; readonly kind: 'lone-surrogate'; readonly unit: number }

/**
 * Decodes UTF-16 bytes (after the byte-order mark). An odd byte count or an unpaired
 * surrogate is answered with where it is: such a file is damaged, and guessing (or U+FFFD)
 * would shift every offset after it.
 */
export function decodeUtf16(
  bytes: Uint8Array,
  from: number,
  littleEndian: boolean,
): { readonly text: string } | Utf16Problem {
  const byteCount = bytes.length - from
  if (byteCount % 2 !== 0) return { badByte: bytes.length - 1, kind: 'odd-length' }
  const count = byteCount / 2
  const units = new Uint16Array(count)
  for (let k = 0; k < count; k++) {
    const a = bytes[from + 2 * k] as number
    const b = bytes[from + 2 * k + 1] as number
    units[k] = littleEndian ? a | (b << 8) : (a << 8) | b
  }
  const lone = (k: number, unit: number): Utf16Problem => ({
    badByte: from + 2 * k,
    kind: 'lone-surrogate',
    unit,
  })
  for (let k = 0; k < count; k++) {
    const unit = units[k] as number
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[k + 1]
      if (next === undefined || next < 0xdc00 || next > 0xdfff) return lone(k, unit)
      k++
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return lone(k, unit)
    }
  }
  return { text: unitsToString(units, count) }
}
