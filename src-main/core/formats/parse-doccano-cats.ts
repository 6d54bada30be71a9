import { isNonEmptyString } from './parse-guards'
import { describeValue } from './parse-problems'
import { isAllowedKey } from './untrusted-json'

type Report = (where: string, detail: string) => void

// Gloss writes a document label as the class "Topic: Economy" (see `docLabelClass`).
const SEPARATOR = ': '

/**
 * doccano's `cats` as Gloss writes them (`["Topic: Economy"]`): category → value, split at
 * the first `": "`. A class of another shape, or a second value for one category, is
 * reported and ignored.
 */
export function readDoccanoCats(
  value: unknown,
  where: string,
  report: Report,
): Record<string, string> {
  const labels: Record<string, string> = {}
  if (value === undefined || value === null) return labels
  if (!Array.isArray(value)) {
    report(where, `"cats" is ${describeValue(value)}, not a list of "Category: value"; ignored`)
    return labels
  }
  for (const item of value as unknown[]) {
    const at = isNonEmptyString(item) ? item.indexOf(SEPARATOR) : -1
    const category = isNonEmptyString(item) ? item.slice(0, at).trim() : ''
    const chosen = isNonEmptyString(item) ? item.slice(at + SEPARATOR.length).trim() : ''
    if (at <= 0 || category === '' || chosen === '' || !isAllowedKey(category)) {
      report(where, `the class ${describeValue(item)} in "cats" is not "Category: value"; ignored`)
      continue
    }
    if (Object.hasOwn(labels, category)) {
      report(
        where,
        `"cats" gives the document label "${category}" a second value ${describeValue(chosen)}; Gloss keeps one, so it was ignored`,
      )
      continue
    }
    labels[category] = chosen
  }
  return labels
}
