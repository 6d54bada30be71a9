/**
 * The text most parser tests annotate: Vietnamese with diacritics (NFC) and a skin-toned
 * emoji (2 code points, 4 UTF-16 units, 8 UTF-8 bytes), so each offset unit gives other
 * numbers. The offsets below were computed by hand with Python's and Node's rules.
 */
export const VI = 'Thủ tướng 👍🏻 cam kết giảm 5% thuế'

/** "cam kết" in each unit, and where it lands in UTF-16 (Gloss's unit). */
export const CAM_KET = { codepoints: [13, 20], utf16: [15, 22], bytes: [24, 33] } as const
/** "giảm 5%". */
export const GIAM = { codepoints: [21, 28], utf16: [23, 30], bytes: [34, 43] } as const
/** "👍🏻" alone: starts at 10 in every unit but bytes' 15. */
export const EMOJI = { codepoints: [10, 12], utf16: [10, 14], bytes: [15, 23] } as const

/** One input file. */
export const file = (name: string, text: string) => ({ name, text })

/** JSON Lines from objects. */
export const jsonl = (...lines: readonly unknown[]): string =>
  lines.map((line) => `${JSON.stringify(line)}\n`).join('')
