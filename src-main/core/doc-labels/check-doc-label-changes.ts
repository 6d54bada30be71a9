import type { DocLabelCategory, DocLabelChange } from './doc-label'

/**
 * Why `change` cannot be saved in a project with these categories, or `null`: the category
 * must exist and the new value be one of its values (clearing is always allowed).
 */
export function docLabelChangeProblem(
  categories: readonly DocLabelCategory[],
  change: DocLabelChange,
): string | null {
  const category = categories.find((item) => item.id === change.category)
  if (category === undefined) {
    return `This project has no document label category "${change.category}".`
  }
  if (change.new !== null && !category.values.includes(change.new)) {
    return `"${change.new}" is not a value of the document label "${category.name}" (its values: ${category.values.join(', ')}).`
  }
  return null
}
