import { GlossFailure } from '../failure'
import type { DocLabelChange, DocLabels } from './doc-label'

/**
 * The document labels with `changes` applied in order. Strictly (on save), a change whose
 * `old` is not the stored value is a `conflict` and nothing changes, so a stale undo cannot
 * overwrite a value set since; on replay from the edit log each change's `new` wins.
 * Returns `undefined` when no category has a value, so files without any stay as they were.
 */
export function applyDocLabelChanges(
  labels: DocLabels | undefined,
  changes: readonly DocLabelChange[] | undefined,
  how: 'strict' | 'replay',
): DocLabels | undefined {
  if (changes === undefined || changes.length === 0) return labels
  const next: Record<string, string> = { ...labels }
  for (const change of changes) {
    const stored = next[change.category] ?? null
    if (how === 'strict' && stored !== change.old) {
      throw new GlossFailure({
        code: 'conflict',
        message: `The document label "${change.category}" is ${describe(stored)}, not ${describe(change.old)}: it changed since this edit was made.`,
        hint: 'Reload the document and set the label again.',
      })
    }
    if (change.new === null) delete next[change.category]
    else next[change.category] = change.new
  }
  return Object.keys(next).length === 0 ? undefined : sortedLabels(next)
}

/** The labels with their categories in sorted order, so files and exports are stable. */
export function sortedLabels(labels: DocLabels): DocLabels {
  const sorted: Record<string, string> = {}
  for (const key of Object.keys(labels).sort()) sorted[key] = labels[key] as string
  return sorted
}

const describe = (value: string | null): string => (value === null ? 'unset' : `"${value}"`)

/** A gold state's `docLabels` after an edit's changes (strictly), to spread over it. */
export function docLabelsAfter(
  labels: DocLabels | undefined,
  changes: readonly DocLabelChange[] | undefined,
): { docLabels?: DocLabels } {
  const next = applyDocLabelChanges(labels, changes, 'strict')
  return next === undefined ? {} : { docLabels: next }
}
