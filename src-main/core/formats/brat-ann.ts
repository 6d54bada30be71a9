import type { OffsetConverter, OffsetUnit } from '../text/offsets'
import { compareText, type ExportSpan } from './export-spans'
import type { ExportRelation } from './export-relations'

/** What writing one `.ann` file had to change, counted for the export's warnings. */
export interface AnnTally {
  /** Spans that began or ended with a line break, written without it. */
  trimmed: number
  /** Spans of nothing but line breaks, left out. */
  skipped: number
  /** Notes with line breaks, written on one line. */
  flattenedNotes: number
}

/** brat type, attribute and value names cannot contain spaces: runs of whitespace become `_`. */
export function bratName(name: string): string {
  return name.replace(/\s+/gu, '_')
}

/**
 * The `.ann` lines for one document's spans (already in export order): per span a `T` line
 * (`T1\tLabel start end\ttext`), its attributes as `A` lines (`A1\tName T1 Value`, or
 * `A1\tName T1` for `true`; `false` is brat's absent binary attribute, so nothing is
 * written) in key order, and its note as `#1\tAnnotatorNotes T1\tnote`. A span that crosses
 * line breaks becomes fragments (`start end;start end`) around them, its text the
 * fragments' texts joined by a space, as brat writes discontinuous spans. Then each relation
 * between two written spans as an `R` line (`R1\tmade_by Arg1:T2 Arg2:T1`, Arg1 its `from`).
 */
export function annLines(
  text: string,
  spans: readonly ExportSpan[],
  unit: OffsetUnit,
  converter: OffsetConverter,
  tally: AnnTally,
  relations: readonly ExportRelation[] = [],
): string {
  const lines: string[] = []
  const written = new Map<string, string>()
  let t = 0
  let a = 0
  let n = 0
  for (const item of spans) {
    const fragments = lineFragments(text, item.span.start, item.span.end)
    if (fragments.length === 0) {
      tally.skipped++
      continue
    }
    const first = fragments[0] as Fragment
    const last = fragments[fragments.length - 1] as Fragment
    if (first.start !== item.span.start || last.end !== item.span.end) tally.trimmed++
    const id = `T${++t}`
    written.set(item.span.id, id)
    const offsets = fragments
      .map((f) => `${converter.fromUtf16(f.start, unit)} ${converter.fromUtf16(f.end, unit)}`)
      .join(';')
    const covered = fragments.map((f) => text.slice(f.start, f.end)).join(' ')
    lines.push(`${id}\t${bratName(item.label)} ${offsets}\t${covered}`)
    const attributes = item.span.attributes ?? {}
    for (const key of Object.keys(attributes).sort(compareText)) {
      const value = attributes[key]
      if (value === false || value === undefined) continue
      const shown = value === true ? '' : ` ${bratName(String(value))}`
      lines.push(`A${++a}\t${bratName(key)} ${id}${shown}`)
    }
    if (item.span.note !== undefined) {
      const note = item.span.note.replace(/[\r\n]+/gu, ' ')
      if (note !== item.span.note) tally.flattenedNotes++
      lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`)
    }
  }
  let r = 0
  for (const { relation, type } of relations) {
    const from = written.get(relation.from)
    const to = written.get(relation.to)
    if (from !== undefined && to !== undefined) {
      lines.push(`R${++r}\t${bratName(type)} Arg1:${from} Arg2:${to}`)
    }
  }
  return lines.map((line) => `${line}\n`).join('')
}

interface Fragment {
  readonly start: number
  readonly end: number
}

/** The stretches of `start`–`end` between line breaks, empty ones left out (UTF-16). */
function lineFragments(text: string, start: number, end: number): Fragment[] {
  const fragments: Fragment[] = []
  let from = start
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      if (i > from) fragments.push({ start: from, end: i })
      from = i + 1
    }
  }
  return fragments
}
