import type { Decoded } from './byte-problem'

/**
 * Strict UTF-8 decoding, written out because the core has no `TextDecoder` (no DOM, no Node
 * types) and because a strict answer (valid or not) decides whether we fall back to
 * Windows-1252. Rejects overlong forms, surrogates, code points above U+10FFFF and truncation,
 * answering with the offset of the first byte of the sequence that is not valid.
 */
export function decodeUtf8(bytes: Uint8Array, from = 0): Decoded {
  // A byte never yields more than one UTF-16 unit (4 bytes yield 2), so this is large enough.
  const units = new Uint16Array(Math.max(0, bytes.length - from))
  let n = 0
  let i = from
  const length = bytes.length
  while (i < length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      units[n++] = lead
      i += 1
      continue
    }
    let cp: number
    let trail: number
    let min: number
    if (lead >= 0xc2 && lead <= 0xdf) {
      cp = lead & 0x1f
      trail = 1
      min = 0x80
    } else if (lead >= 0xe0 && lead <= 0xef) {
      cp = lead & 0x0f
      trail = 2
      min = 0x800
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      cp = lead & 0x07
      trail = 3
      min = 0x10000
    } else {
      return { badByte: i }
    }
    if (i + trail >= length) return { badByte: i }
    for (let k = 1; k <= trail; k++) {
      const byte = bytes[i + k] as number
      if ((byte & 0xc0) !== 0x80) return { badByte: i }
      cp = (cp << 6) | (byte & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { badByte: i }
    if (cp >= 0x10000) {
      const v = cp - 0x10000
      units[n++] = 0xd800 + (v >> 10)
      units[n++] = 0xdc00 + (v & 0x3ff)
    } else {
      units[n++] = cp
    }
    i += 1 + trail
  }
  return { text: unitsToString(units, n) }
}

const CHUNK = 0x2000

/** Builds a string from UTF-16 code units in chunks (spreading 1M arguments would overflow). */
export function unitsToString(units: Uint16Array, count: number): string {
  const parts: string[] = []
  for (let at = 0; at < count; at += CHUNK) {
    // `apply` takes the typed array as it is; spreading it walks an iterator (10× slower).
    const chunk = units.subarray(at, Math.min(count, at + CHUNK)) as unknown as number[]
    parts.push(String.fromCharCode.apply(null, chunk))
  }
  return parts.join('')
}
