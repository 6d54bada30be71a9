import type { DocLabelCategory, DocLabels } from './doc-label'

/**
 * A layer's document labels as exports write them: category display name → value, in the
 * order the project lists its categories (then any category it no longer has, by id, named
 * by its id, as a span's label is when the label set lost it).
 */
export function namedDocLabels(
  docLabels: DocLabels | undefined,
  categories: readonly DocLabelCategory[],
): Record<string, string> {
  const named: Record<string, string> = {}
  if (docLabels === undefined) return named
  for (const category of categories) {
    const value = docLabels[category.id]
    if (value !== undefined) named[category.name] = value
  }
  const known = new Set(categories.map((category) => category.id))
  for (const id of Object.keys(docLabels).sort()) {
    if (!known.has(id)) named[id] = docLabels[id] as string
  }
  return named
}
