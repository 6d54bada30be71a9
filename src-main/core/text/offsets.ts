import {
  buildOffsetTable,
  countBelow,
  measureCodePoints,
  measureUtf8,
  type OffsetTable,
} from './offset-table'

/**
 * How an offset counts: Unicode code points (Python's `text[start:end]`), UTF-16 code units
 * (JavaScript string indices, Gloss's internal unit) or UTF-8 bytes.
 */
export type OffsetUnit = 'codepoints' | 'utf16' | 'bytes'

/** Converts offsets into one text between units. Offsets are boundaries (0 … length). */
export interface OffsetConverter {
  /** The text's length in `unit`. */
  length(unit: OffsetUnit): number
  /**
   * The UTF-16 offset expressed in `unit`. Throws `RangeError` when the offset is not an
   * integer in 0 … length or falls inside a surrogate pair.
   */
  fromUtf16(offset: number, unit: OffsetUnit): number
  /**
   * The offset in `unit` expressed in UTF-16 units. Throws `RangeError` when the offset is
   * out of range or falls inside a character (e.g. between the bytes of one UTF-8 sequence).
   */
  toUtf16(offset: number, unit: OffsetUnit): number
}

/**
 * Prepares fast conversions for one text: one pass over the text per unit (done the first
 * time that unit is asked for), then O(log n) per conversion.
 */
export function createOffsetConverter(text: string): OffsetConverter {
  const tables: Partial<Record<'codepoints' | 'bytes', OffsetTable>> = {}
  const tableFor = (unit: 'codepoints' | 'bytes'): OffsetTable =>
    (tables[unit] ??= buildOffsetTable(text, unit === 'bytes' ? measureUtf8 : measureCodePoints))
  const length = (unit: OffsetUnit): number =>
    unit === 'utf16' ? text.length : tableFor(unit).otherLength
  const check = (offset: number, unit: OffsetUnit): void => {
    if (!Number.isInteger(offset) || offset < 0 || offset > length(unit)) {
      throw new RangeError(`Offset ${offset} is outside the text (0–${length(unit)} ${unit}).`)
    }
  }

  return {
    length,
    fromUtf16(offset, unit) {
      check(offset, 'utf16')
      if (unit === 'utf16') return offset
      const table = tableFor(unit)
      const k = countBelow(table.utf16Starts, table.count, offset)
      if (k === 0) return offset
      const last = k - 1
      const width = table.widths[last] as number
      const utf16End = (table.utf16Starts[last] as number) + (width & 3) + 1
      if (offset < utf16End) {
        throw new RangeError(`UTF-16 offset ${offset} splits a surrogate pair.`)
      }
      return offset + (table.otherStarts[last] as number) + (width >> 2) + 1 - utf16End
    },
    toUtf16(offset, unit) {
      check(offset, unit)
      if (unit === 'utf16') return offset
      const table = tableFor(unit)
      const k = countBelow(table.otherStarts, table.count, offset)
      if (k === 0) return offset
      const last = k - 1
      const width = table.widths[last] as number
      const otherEnd = (table.otherStarts[last] as number) + (width >> 2) + 1
      if (offset < otherEnd) {
        throw new RangeError(`Offset ${offset} (${unit}) falls inside a character.`)
      }
      return offset - otherEnd + (table.utf16Starts[last] as number) + (width & 3) + 1
    },
  }
}

/** Whether `offset` falls between the two halves of a surrogate pair (inside one emoji, say). */
export function isSurrogateSplit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}
