import type { DocLabelCategory } from '../../core/doc-labels/doc-label'
import { GlossFailure } from '../../core/failure'

/**
 * Checks the document label categories the UI wants to save: ids and names (ignoring case)
 * unique, and each category's values unique, or a stored value would be ambiguous.
 */
export function checkDocLabelCategories(categories: readonly DocLabelCategory[]): void {
  const ids = new Set<string>()
  const names = new Set<string>()
  for (const category of categories) {
    const name = category.name.trim().toLocaleLowerCase()
    if (ids.has(category.id) || names.has(name)) {
      refuse(`Two document label categories are named "${category.name}".`)
    }
    ids.add(category.id)
    names.add(name)
    const values = new Set<string>()
    for (const value of category.values) {
      if (values.has(value)) refuse(`The document label "${category.name}" lists "${value}" twice.`)
      values.add(value)
    }
  }
}

function refuse(message: string): never {
  throw new GlossFailure({
    code: 'invalid-input',
    message,
    hint: 'Give each category its own name and each value once, then save again.',
  })
}

/** The `docLabels` field of gloss.json: left out when there are none, as older files have it. */
export const withCategories = (
  categories: readonly DocLabelCategory[] | undefined,
): { docLabels?: readonly DocLabelCategory[] } =>
  categories === undefined || categories.length === 0 ? {} : { docLabels: categories }
