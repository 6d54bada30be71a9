import { unitsToString } from './utf8'

/**
 * Decodes UTF-16 bytes (after the byte-order mark). Returns `null` for an odd byte count or
 * an unpaired surrogate: such a file is damaged, and guessing would corrupt offsets.
 */
export function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): string | null {
  const byteCount = bytes.length - from
  if (byteCount % 2 !== 0) return null
  const count = byteCount / 2
  const units = new Uint16Array(count)
  for (let k = 0; k < count; k++) {
    const a = bytes[from + 2 * k] as number
    const b = bytes[from + 2 * k + 1] as number
    units[k] = littleEndian ? a | (b << 8) : (a << 8) | b
  }
  for (let k = 0; k < count; k++) {
    const unit = units[k] as number
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[k + 1]
      if (next === undefined || next < 0xdc00 || next > 0xdfff) return null
      k++
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return null
    }
  }
  return unitsToString(units, count)
}
