import { dispatch } from '../contract/dispatch'
import type { MergeSummary } from '../core/project/merge-summary'
import type { GlossError } from '../core/result'
import {
  documentsLine,
  layerOutcome,
  layerTitle,
  unknownLabelsWarning,
} from '../core/project/merge-wording'
import type { MenuEnvironment } from './menu-actions'
import { describeError } from './menu-message'

const LISTED_REFUSALS = 10

/** The plan or the outcome of a merge, in lines for a message box. */
export function summarizeMerge(summary: MergeSummary): string {
  const lines = summary.layers.map(
    (layer) => `${layerTitle(layer)}: ${layerOutcome(layer, summary.applied)}`,
  )
  if (lines.length === 0) lines.push('Their project has no layers to merge.')
  lines.push(documentsLine(summary))
  if (summary.refused.length > 0) lines.push('', `Not merged (${summary.refused.length}):`)
  for (const refusal of summary.refused.slice(0, LISTED_REFUSALS)) {
    lines.push(`${refusal.item}: ${refusal.reason}`)
  }
  if (summary.refused.length > LISTED_REFUSALS) {
    lines.push(`…and ${summary.refused.length - LISTED_REFUSALS} more.`)
  }
  const warning = unknownLabelsWarning(summary.unknownLabels)
  if (warning !== null) lines.push('', warning)
  return lines.join('\n')
}

/**
 * File → Merge Colleague's Project…: a folder dialog, the plan to confirm, then the merge.
 * A native message box has no fields, so clashing layers are proposed under their suggested
 * names (the plan says so); the window's own dialog lets the user type other names.
 */
export async function mergeFromMenu(env: MenuEnvironment): Promise<void> {
  const { handlers } = env
  const fail = (title: string, error: GlossError) =>
    env.showMessage({ kind: 'error', title, detail: describeError(error) })

  const picked = await dispatch(handlers, 'pickProjectFolder', { purpose: 'merge' })
  if (!picked.ok) return fail('Could not choose a project folder', picked.error)
  const path = picked.value.path
  if (path === null) return
  const first = await dispatch(handlers, 'mergeProject', { path, apply: false })
  if (!first.ok) return fail('Could not merge that project', first.error)
  const renames: Record<string, string> = {}
  for (const layer of first.value.layers) {
    if (layer.state === 'clash' && layer.suggestedName) renames[layer.name] = layer.suggestedName
  }
  const renamed = Object.keys(renames).length > 0
  const plan = renamed
    ? await dispatch(handlers, 'mergeProject', { path, renames, apply: false })
    : first
  if (!plan.ok) return fail('Could not merge that project', plan.error)
  const note = renamed
    ? "\n\nLayers that clash with this project’s go in under a new name. To choose other names, use File → Merge colleague's project… in the window."
    : ''
  const go = await env.confirm({
    title: `Merge “${plan.value.fromName}”?`,
    detail: `From ${plan.value.from}:\n${summarizeMerge(plan.value)}${note}`,
    confirmLabel: 'Merge',
  })
  if (!go) return
  const merged = await dispatch(handlers, 'mergeProject', { path, renames, apply: true })
  env.reload()
  if (!merged.ok) return fail('The merge stopped', merged.error)
  await env.showMessage({
    kind: 'info',
    title: 'Merge finished',
    detail: summarizeMerge(merged.value),
  })
}
