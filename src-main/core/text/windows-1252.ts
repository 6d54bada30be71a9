import type { Decoded } from './byte-problem'
import { unitsToString } from './utf8'

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder('windows-1252')
// maps these to C1 controls, so curly quotes and the euro sign would be lost; hence our own
// table. The five bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are `null`:
// a file holding one is in some other code page, and any character we chose would be a guess.
const HIGH_CONTROLS = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
] as const

/** Decodes Windows-1252 bytes (one BMP character each), or says where an undefined byte is. */
export function decodeWindows1252(bytes: Uint8Array): Decoded {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number
    if (byte < 0x80 || byte > 0x9f) {
      units[i] = byte
      continue
    }
    const mapped = HIGH_CONTROLS[byte - 0x80]
    if (mapped === null || mapped === undefined) return { badByte: i }
    units[i] = mapped
  }
  return { text: unitsToString(units, bytes.length) }
}
