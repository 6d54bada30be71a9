/**
 * Where a text's characters are wider or narrower in another unit than in UTF-16: for each
 * such character, its UTF-16 start and its start in the other unit, with both widths. Every
 * other character is one unit wide in both, so offsets between two entries differ by a
 * constant and a binary search answers any conversion in O(log n).
 */
export interface OffsetTable {
  readonly count: number
  readonly utf16Starts: Int32Array
  readonly otherStarts: Int32Array
  /** Low 2 bits: width in UTF-16 units − 1; next 2 bits: width in the other unit − 1. */
  readonly widths: Uint8Array
  /** Length of the whole text in the other unit. */
  readonly otherLength: number
}

/** Width in the other unit of the character starting with `unit`, or 0 if it is not special. */
type Measure = (unit: number, astral: boolean) => number

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** Code points: only astral characters (two UTF-16 units, one code point) are special. */
export const measureCodePoints: Measure = (_unit, astral) => (astral ? 1 : 0)

/** UTF-8 bytes: every non-ASCII character is special. A lone surrogate counts as U+FFFD (3 bytes). */
export const measureUtf8: Measure = (unit, astral) => {
  if (astral) return 4
  if (unit < 0x80) return 0
  return unit < 0x800 ? 2 : 3
}

export function buildOffsetTable(text: string, measure: Measure): OffsetTable {
  const length = text.length
  let count = 0
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i)
    const astral = isHigh(unit) && i + 1 < length && isLow(text.charCodeAt(i + 1))
    if (measure(unit, astral) !== 0) count++
    if (astral) i++
  }
  const utf16Starts = new Int32Array(count)
  const otherStarts = new Int32Array(count)
  const widths = new Uint8Array(count)
  let k = 0
  let shift = 0
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i)
    const astral = isHigh(unit) && i + 1 < length && isLow(text.charCodeAt(i + 1))
    const otherWidth = measure(unit, astral)
    if (otherWidth !== 0) {
      const utf16Width = astral ? 2 : 1
      utf16Starts[k] = i
      otherStarts[k] = i + shift
      widths[k] = (utf16Width - 1) | ((otherWidth - 1) << 2)
      shift += otherWidth - utf16Width
      k++
    }
    if (astral) i++
  }
  return { count, utf16Starts, otherStarts, widths, otherLength: length + shift }
}

/** How many entries of `starts` are below `offset` (entries are ascending). */
export function countBelow(starts: Int32Array, count: number, offset: number): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((starts[mid] as number) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
