import type { AttributeValue } from '../spans/span'
import type { OffsetUnit } from '../text/offsets'
import type { AnnotationParser, ImportProblem, ParsedDocument, ParsedSpan } from './dataset'
import { createDocumentAnchor, type DocumentAnchor, type RawRange } from './parse-anchor'
import { readAnn, type BratAnnotations, type BratTextBound } from './parse-brat-ann'
import { bratRelations } from './parse-brat-relations'
import { bratConfUnit } from './parse-brat-conf'
import { pairBratFiles, type BratPair } from './parse-brat-files'
import { offsetUnitFor } from './parse-offset-unit'
import { problemAt, quote } from './parse-problems'
import { isAllowedKey } from './untrusted-json'
import { stopForProblems } from './cap-per-file'
import { appendAll } from '../append-all'

/**
 * brat standoff, a folder's files: each `X.ann` with its `X.txt` (see `pairBratFiles`; an
 * `.ann` in a subfolder names its annotator). One `ParsedDocument` per `.ann` file,
 * `sourceId` the stem `X`, `where` the `.ann` file's name.
 *
 * - `T` lines become spans. A span in several fragments (`0 5;6 12`, as brat writes spans
 *   that cross a line break) becomes one span from the first start to the last end when only
 *   whitespace lies between the fragments; otherwise it is a problem, since Gloss has no
 *   discontinuous spans. Its text may be the fragments joined by spaces (brat's way) or the
 *   whole stretch.
 * - `#` notes (`AnnotatorNotes`) become the span's note; `A`/`M` lines its attributes
 *   (a binary attribute is `true`, a decimal number a number, anything else text).
 * - `R` lines become relations (`Arg1` the start); see `bratRelations`.
 * - Events, normalizations and equivalences are skipped, reported once per kind.
 * - `annotation.conf` is read only for its offsets comment (see `bratConfUnit`).
 */
export const parseBrat: AnnotationParser = (files, offsets) => {
  const folder = pairBratFiles(files)
  const problems: ImportProblem[] = [...folder.problems]
  let unit = offsets
  if (folder.conf !== undefined) {
    const chosen = offsetUnitFor(bratConfUnit(folder.conf.text), offsets, 'codepoints')
    if ('problem' in chosen) {
      const detail = `${chosen.problem}; nothing was imported`
      problems.push(problemAt(folder.conf.name, undefined, undefined, detail))
      return { documents: [], problems }
    }
    unit = chosen.unit
  }
  const documents = folder.pairs.map((pair) => {
    const found: ImportProblem[] = []
    const document = annDocument(pair, unit, found)
    // In line order, whichever pass found them.
    appendAll(
      problems,
      found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    )
    return document
  })
  return { documents, problems }
}

function annDocument(pair: BratPair, unit: OffsetUnit, problems: ImportProblem[]): ParsedDocument {
  const { ann } = pair
  const parsed = readAnn(ann, problems)
  const anchor = createDocumentAnchor(pair.txt.text)
  const spans: ParsedSpan[] = []
  const spanAt = new Map<string, number>()
  const boundIds = new Set(parsed.textBounds.map((bound) => bound.id))
  const extras = attachments(parsed, ann.name, problems)
  const before = problems.length
  for (const bound of parsed.textBounds) {
    const where = `line ${bound.line}, ${bound.id}`
    if (stopForProblems(problems, before, ann.name, `line ${bound.line}`)) break
    const placed = placeTextBound(bound, anchor, unit)
    if (typeof placed === 'string') {
      problems.push(problemAt(ann.name, where, bound.line, placed))
      continue
    }
    const note = extras.notes.get(bound.id)
    const attributes = extras.attributes.get(bound.id)
    spanAt.set(bound.id, spans.length)
    spans.push({
      ...placed,
      label: bound.label,
      ...(note === undefined ? {} : { note }),
      ...(attributes === undefined ? {} : { attributes }),
      where,
    })
  }
  for (const item of extras.targets) {
    if (boundIds.has(item.target)) continue
    problems.push(
      problemAt(
        ann.name,
        `line ${item.line}, ${item.id}`,
        item.line,
        `${item.target} is not a text-bound (T) annotation in this file; skipped`,
      ),
    )
  }
  const relations = bratRelations(parsed.relations, spanAt, boundIds, ann.name, problems)
  return {
    text: anchor.text,
    sourceId: pair.stem,
    ...(relations.length > 0 && { relations }),
    ...(pair.annotator === undefined ? {} : { annotator: pair.annotator }),
    spans,
    where: ann.name,
  }
}

function placeTextBound(
  bound: BratTextBound,
  anchor: DocumentAnchor,
  unit: OffsetUnit,
): { start: number; end: number; text: string } | string {
  const ranges: RawRange[] = []
  for (const fragment of bound.fragments) {
    const range = anchor.locate(fragment.start, fragment.end, unit)
    if (typeof range === 'string') return range
    ranges.push(range)
  }
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const raw = anchor.raw
  for (let i = 1; i < sorted.length; i += 1) {
    const gap = raw.slice((sorted[i - 1] as RawRange).end, (sorted[i] as RawRange).start)
    if (/\S/u.test(gap)) {
      return `fragments ${bound.shown} leave out ${quote(gap)}; Gloss has no discontinuous spans`
    }
  }
  const whole = {
    start: (sorted[0] as RawRange).start,
    // A loop, not Math.max(...): a line may hold a million fragments.
    end: sorted.reduce((end, range) => Math.max(end, range.end), 0),
  }
  // brat writes a fragmented span's text as its fragments joined by single spaces.
  const joined = ranges.map((range) => raw.slice(range.start, range.end)).join(' ')
  const stated =
    bound.text !== undefined && ranges.length > 1 && bound.text === joined ? undefined : bound.text
  return anchor.settle(whole, stated, bound.shown)
}

interface Attachments {
  readonly notes: ReadonlyMap<string, string>
  readonly attributes: ReadonlyMap<string, Record<string, AttributeValue>>
  readonly targets: readonly { id: string; target: string; line: number }[]
}

function attachments(
  parsed: BratAnnotations,
  file: string,
  problems: ImportProblem[],
): Attachments {
  const notes = new Map<string, string>()
  const attributes = new Map<string, Record<string, AttributeValue>>()
  for (const note of parsed.notes) {
    const before = notes.get(note.target)
    notes.set(
      note.target,
      before === undefined ? String(note.value) : `${before}\n${String(note.value)}`,
    )
  }
  for (const attribute of parsed.attributes) {
    const where = `line ${attribute.line}, ${attribute.id}`
    if (!isAllowedKey(attribute.name)) {
      const detail = `${quote(attribute.name)} cannot be an attribute's name in Gloss; skipped`
      problems.push(problemAt(file, where, attribute.line, detail))
      continue
    }
    const map = attributes.get(attribute.target) ?? {}
    // Own keys only: `toString` is a fine attribute name that every object inherits.
    if (Object.hasOwn(map, attribute.name)) {
      problems.push(
        problemAt(
          file,
          where,
          attribute.line,
          `${attribute.target} already has ${quote(attribute.name)}; skipped`,
        ),
      )
      continue
    }
    map[attribute.name] = attributeValue(attribute.value)
    attributes.set(attribute.target, map)
  }
  return { notes, attributes, targets: [...parsed.notes, ...parsed.attributes] }
}

// brat values are words: a binary attribute (no value) is `true` (Gloss writes `false` as
// no line at all), and a value written as a plain decimal number is read back as a number.
function attributeValue(value: string | true): AttributeValue {
  if (value === true) return true
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(value)) return Number(value)
  return value
}
