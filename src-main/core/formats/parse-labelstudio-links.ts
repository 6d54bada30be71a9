import type { ParsedRelation } from './dataset'
import { asIdText, isNonEmptyString, isObject, type JsonObject } from './parse-guards'
import { describeValue } from './parse-problems'
import { isAllowedKey } from './untrusted-json'

type Report = (where: string, detail: string) => void

// Gloss exports a document label as a `choices` result whose control is `doc_<category id>`.
const DOC_CONTROL = /^doc_(.+)$/u

/** Whether a result is a document label choice (see `resultDocLabels`), not a region's. */
export const isDocChoice = (result: JsonObject): boolean =>
  result.type === 'choices' &&
  typeof result.from_name === 'string' &&
  DOC_CONTROL.test(result.from_name)

/**
 * The annotation's `relation` results between its regions (`regionAt`: region id → the index
 * of its first span). `direction: "left"` points from `to_id` to `from_id`. A relation with
 * no type label or to a region that was not read is reported and skipped.
 */
export function resultRelations(
  results: readonly unknown[],
  regionAt: ReadonlyMap<string, number>,
  where: string,
  report: Report,
): ParsedRelation[] {
  const relations: ParsedRelation[] = []
  results.forEach((result: unknown, index) => {
    if (!isObject(result) || result.type !== 'relation') return
    const at = `${where}, result ${index + 1}`
    const labels = Array.isArray(result.labels) ? result.labels.filter(isNonEmptyString) : []
    if (labels.length !== 1) {
      const detail = `the relation's "labels" is ${describeValue(result.labels)}; Gloss needs exactly one relation type, so it was skipped`
      report(at, detail)
      return
    }
    const ends = [asIdText(result.from_id), asIdText(result.to_id)]
    const missing = ends.find((id) => id === undefined || !regionAt.has(id))
    if (ends.some((id) => id === undefined) || missing !== undefined) {
      report(
        at,
        `the relation joins region ${describeValue(missing)}, which was not read; the relation is skipped too`,
      )
      return
    }
    const [from, to] = ends.map((id) => regionAt.get(id as string) as number) as [number, number]
    const reversed = result.direction === 'left'
    relations.push({
      type: labels[0] as string,
      from: reversed ? to : from,
      to: reversed ? from : to,
      where: at,
    })
  })
  return relations
}

/** The annotation's document label choices: category id (from `doc_<id>`) → value. */
export function resultDocLabels(
  results: readonly unknown[],
  where: string,
  report: Report,
): Record<string, string> {
  const labels: Record<string, string> = {}
  results.forEach((result: unknown, index) => {
    if (!isObject(result) || !isDocChoice(result)) return
    const category = DOC_CONTROL.exec(result.from_name as string)?.[1] as string
    const choices = isObject(result.value) ? result.value.choices : undefined
    if (
      !isAllowedKey(category) ||
      !Array.isArray(choices) ||
      choices.length !== 1 ||
      !isNonEmptyString(choices[0])
    ) {
      const detail = `the document label "${category}" has the choices ${describeValue(choices)}; Gloss keeps exactly one value per document label, so it was skipped`
      report(`${where}, result ${index + 1}`, detail)
      return
    }
    labels[category] = choices[0]
  })
  return labels
}
