import { createOffsetConverter, isSurrogateSplit, type OffsetUnit } from '../text/offsets'
import { normalizeText } from '../text/normalize-text'
import { findNearby } from '../reanchor/nearby-quote'
import { normalizeWithMap } from './parse-normalize-map'
import { quote, unitName } from './parse-problems'

/** A stretch of the document text as the file has it, in UTF-16 units. */
export interface RawRange {
  readonly start: number
  readonly end: number
}

/** A span's place in the normalised document text, and the text it covers there. */
export interface Anchored {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Set when the offsets missed the stated text and it was found nearby: what was done. */
  readonly reanchored?: string
}

/**
 * A document's text as a file gives it, ready to place spans on. Offsets are read against
 * the text exactly as the file has it (that is what the tool that wrote them counted), then
 * carried into `text`, the text normalised as Gloss stores it (no BOM, LF, NFC), so the
 * services' own normalisation changes nothing. Failures are reasons for a message, e.g.
 * `offsets 10–5 are reversed`.
 */
export interface DocumentAnchor {
  /** The normalised text: what the parser returns as `ParsedDocument.text`. */
  readonly text: string
  /** The text as the file has it, which the offsets count. */
  readonly raw: string
  /** Stated offsets in `unit` → UTF-16 offsets into the file's text, or why not. */
  locate(start: unknown, end: unknown, unit: OffsetUnit): RawRange | string
  /**
   * A located range → its place in `text`. `stated` (the text the file says the span covers)
   * must equal the covered text, up to normalisation; `shown` is how the file wrote the
   * offsets, for messages.
   */
  settle(range: RawRange, stated: string | undefined, shown: string): Anchored | string
  /** `locate` then `settle`. */
  place(
    start: unknown,
    end: unknown,
    unit: OffsetUnit,
    stated: string | undefined,
  ): Anchored | string
}

export function createDocumentAnchor(raw: string): DocumentAnchor {
  const converter = createOffsetConverter(raw)
  const normalized = normalizeWithMap(raw)

  const locate = (start: unknown, end: unknown, unit: OffsetUnit): RawRange | string => {
    const shown = `${show(start)}–${show(end)}`
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      return `offsets ${shown} are not whole numbers`
    }
    const [s, e] = [start as number, end as number]
    const length = converter.length(unit)
    if (s < 0 || e > length || s > length) {
      return `offsets ${shown} are outside the text (0–${length} ${unitName(unit)})`
    }
    if (s > e) return `offsets ${shown} are reversed`
    if (s === e) return `offsets ${shown} cover no text`
    const rawStart = toUtf16(s, unit)
    if (typeof rawStart === 'string') return rawStart
    const rawEnd = toUtf16(e, unit)
    if (typeof rawEnd === 'string') return rawEnd
    return { start: rawStart, end: rawEnd }
  }

  const toUtf16 = (offset: number, unit: OffsetUnit): number | string => {
    if (unit === 'utf16') {
      if (!isSurrogateSplit(raw, offset)) return offset
      return `offset ${offset} falls inside the character ${quote(raw.slice(offset - 1, offset + 1))} (${unitName(unit)})`
    }
    try {
      return converter.toUtf16(offset, unit)
    } catch {
      // Step back to the character's first byte to name it.
      let back = offset - 1
      let at: number | undefined
      while (at === undefined && back >= 0) {
        try {
          at = converter.toUtf16(back, unit)
        } catch {
          back -= 1
        }
      }
      const character = String.fromCodePoint(raw.codePointAt(at ?? 0) ?? 0)
      return `offset ${offset} falls inside the character ${quote(character)} (${unitName(unit)})`
    }
  }

  const settle = (
    range: RawRange,
    stated: string | undefined,
    shown: string,
  ): Anchored | string => {
    const covered = raw.slice(range.start, range.end)
    let placedAt = range
    let reanchored: string | undefined
    if (stated !== undefined && !sameText(stated, covered)) {
      const missed = `offsets ${shown} cover ${quote(covered)} but the file says ${quote(stated)}`
      // The offsets of another tool are often off by a few characters (a BOM, CRLF counted
      // twice, a title line): the stated text found near them is where the span belongs.
      const found = findNearby(raw, stated, range.start)
      if (found === null) return missed
      placedAt = { start: found, end: found + stated.length }
      reanchored = `${missed}; placed on that text ${distance(found - range.start)}`
    }
    const start = normalized.map(placedAt.start)
    const end = normalized.map(placedAt.end)
    if (start === null || end === null) {
      return `offsets ${shown} cut through a character Gloss stores normalised (accents composed as NFC, line breaks as LF)`
    }
    const text = normalized.text.slice(start, end)
    return { start, end, text, ...(reanchored !== undefined && { reanchored }) }
  }

  return {
    text: normalized.text,
    raw,
    locate,
    settle,
    place(start, end, unit, stated) {
      const range = locate(start, end, unit)
      return typeof range === 'string'
        ? range
        : settle(range, stated, `${show(start)}–${show(end)}`)
    },
  }
}

const distance = (moved: number): string => {
  const units = Math.abs(moved) === 1 ? 'character' : 'characters'
  return `${Math.abs(moved)} ${units} ${moved < 0 ? 'earlier' : 'later'}`
}

function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'nothing')
}

// The file's own text may have been normalised by the caller while the document text inside
// it (JSON escapes) was not, or the other way round.
function sameText(stated: string, covered: string): boolean {
  return stated === covered || normalizeText(stated) === normalizeText(covered)
}
