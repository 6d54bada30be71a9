import type { DocLabelCategory } from './doc-label'

/**
 * The value a category's key press sets: the next one in the list after `current`, and
 * after the last one, none again (unset → first → … → last → unset).
 */
export function nextDocLabelValue(
  category: DocLabelCategory,
  current: string | null,
): string | null {
  if (category.values.length === 0) return null
  if (current === null) return category.values[0] ?? null
  const at = category.values.indexOf(current)
  // A value the list no longer has starts the cycle over.
  if (at < 0) return category.values[0] ?? null
  return category.values[at + 1] ?? null
}
