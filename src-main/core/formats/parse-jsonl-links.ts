import type { ParsedRelation } from './dataset'
import { annotatorName } from './parse-annotator'
import { isNonEmptyString, isObject } from './parse-guards'
import { describeValue } from './parse-problems'
import { isAllowedKey } from './untrusted-json'

type Report = (where: string, detail: string) => void

/** Where a line's span went: its annotator's group and its index there, or why it was not read. */
export type SpanPlace = { readonly annotator: string | undefined; readonly index: number } | string

/**
 * The line's `relations` (`{"annotator","type","from","to"}`, `from`/`to` indices into the
 * line's `spans`) per annotator, their ends renumbered into that annotator's spans. A relation
 * to a span that was not read, or whose ends belong to another annotator, is reported and
 * skipped.
 */
export function readJsonlRelations(
  value: unknown,
  places: readonly SpanPlace[],
  where: string,
  report: Report,
): Map<string | undefined, ParsedRelation[]> {
  const byAnnotator = new Map<string | undefined, ParsedRelation[]>()
  if (value === undefined || value === null) return byAnnotator
  if (!Array.isArray(value)) {
    report(where, `"relations" is ${describeValue(value)}, not a list; ignored`)
    return byAnnotator
  }
  value.forEach((item: unknown, index) => {
    const relationWhere = `${where}, relation ${index + 1}`
    const read = readRelation(item, places, relationWhere)
    if (typeof read === 'string') {
      report(relationWhere, `${read}; the relation was skipped`)
      return
    }
    const list = byAnnotator.get(read.annotator) ?? []
    list.push(read.relation)
    byAnnotator.set(read.annotator, list)
  })
  return byAnnotator
}

function readRelation(
  item: unknown,
  places: readonly SpanPlace[],
  where: string,
): { annotator: string | undefined; relation: ParsedRelation } | string {
  if (!isObject(item)) {
    return `expected an object with "type", "from" and "to", found ${describeValue(item)}`
  }
  if (!isNonEmptyString(item.type)) return `"type" is ${describeValue(item.type)}, not a type name`
  const ends: { annotator: string | undefined; index: number }[] = []
  for (const key of ['from', 'to'] as const) {
    const at = item[key]
    if (!Number.isInteger(at) || (at as number) < 0 || (at as number) >= places.length) {
      return `"${key}" is ${describeValue(at)}, not the number of one of the line's ${places.length} spans (counted from 0)`
    }
    const place = places[at as number] as SpanPlace
    if (typeof place === 'string') return `its "${key}" span ${(at as number) + 1} was not read`
    ends.push(place)
  }
  const [from, to] = ends as [(typeof ends)[0], (typeof ends)[0]]
  const stated = item.annotator === undefined ? undefined : annotatorName(item.annotator)
  if (from.annotator !== to.annotator || (stated !== undefined && stated !== from.annotator)) {
    return `its spans belong to different annotators; a relation joins two spans of one layer`
  }
  return {
    annotator: from.annotator,
    relation: { type: item.type, from: from.index, to: to.index, where },
  }
}

/**
 * The line's `docLabels` (`{"lan": {"Topic": "Economy"}}`) per annotator: category → value as
 * the file names them. Anything else is reported and ignored.
 */
export function readJsonlDocLabels(
  value: unknown,
  where: string,
  report: Report,
): Map<string, Record<string, string>> {
  const byAnnotator = new Map<string, Record<string, string>>()
  if (value === undefined || value === null) return byAnnotator
  if (!isObject(value)) {
    report(
      where,
      `"docLabels" is ${describeValue(value)}, not an object keyed by annotator; ignored`,
    )
    return byAnnotator
  }
  for (const [name, labels] of Object.entries(value)) {
    const annotator = annotatorName(name)
    if (annotator === undefined || !isObject(labels)) {
      report(where, `"docLabels" of ${describeValue(name)} is not usable; ignored`)
      continue
    }
    const read: Record<string, string> = {}
    for (const [category, chosen] of Object.entries(labels)) {
      if (!isAllowedKey(category) || !isNonEmptyString(chosen)) {
        report(
          where,
          `the document label ${describeValue(category)} of ${describeValue(name)} is ${describeValue(chosen)}, not a value; ignored`,
        )
        continue
      }
      read[category] = chosen
    }
    byAnnotator.set(annotator, read)
  }
  return byAnnotator
}
