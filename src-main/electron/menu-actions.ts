import { dispatch } from '../contract/dispatch'
import type { Handlers, ImportSummary } from '../contract/endpoints'
import type { GlossError } from '../core/result'
import { mergeFromMenu } from './merge-action'
import { describeError } from './menu-message'

export interface MenuMessage {
  readonly kind: 'info' | 'error'
  readonly title: string
  readonly detail: string
}

/** What the menu needs from the shell; plain functions so the actions run in Node tests. */
export interface MenuEnvironment {
  readonly handlers: Handlers
  /** Reloads the page; the UI reads the session and the document list again on start. */
  readonly reload: () => void
  readonly showMessage: (message: MenuMessage) => Promise<void>
  /** A message with a confirm and a cancel button; `true` when the user confirms. */
  readonly confirm: (message: MenuConfirm) => Promise<boolean>
}

export interface MenuConfirm {
  readonly title: string
  readonly detail: string
  readonly confirmLabel: string
}

export interface MenuActions {
  readonly newProject: () => Promise<void>
  readonly openProject: () => Promise<void>
  readonly importFiles: () => Promise<void>
  readonly importFolder: () => Promise<void>
  readonly exportJsonl: () => Promise<void>
  readonly mergeProject: () => Promise<void>
}

// `importPaths` takes at most 1000 paths per call; smaller batches keep each call short.
const IMPORT_BATCH = 200
const LISTED_REFUSALS = 10

/** "Imported 3, 1 already in the project, 1 refused" plus why each refused file was refused. */
export function summarizeImport(summary: ImportSummary): string {
  const lines = [
    `Imported ${summary.imported}, ${summary.duplicates} already in the project, ${summary.refused} refused.`,
  ]
  const refused = summary.outcomes.filter((outcome) => outcome.result === 'refused')
  for (const outcome of refused.slice(0, LISTED_REFUSALS)) {
    lines.push(`${outcome.source}: ${outcome.reason ?? 'refused'}`)
  }
  if (refused.length > LISTED_REFUSALS) lines.push(`…and ${refused.length - LISTED_REFUSALS} more.`)
  return lines.join('\n')
}

/**
 * The File menu's commands, each a short sequence of contract calls (the same ones the UI
 * makes), so the menu holds no logic of its own. Failures are shown, never thrown.
 */
export function createMenuActions(env: MenuEnvironment): MenuActions {
  const { handlers } = env
  const fail = (title: string, error: GlossError): Promise<void> =>
    env.showMessage({ kind: 'error', title, detail: describeError(error) })

  const switchProject = async (purpose: 'new' | 'open'): Promise<void> => {
    const picked = await dispatch(handlers, 'pickProjectFolder', { purpose })
    if (!picked.ok) return fail('Could not choose a project folder', picked.error)
    if (picked.value.path === null) return
    const opened = await dispatch(handlers, 'openProject', {
      path: picked.value.path,
      create: purpose === 'new',
    })
    if (!opened.ok) return fail('Could not open the project', opened.error)
    env.reload()
  }

  const importKind = async (kind: 'files' | 'folder'): Promise<void> => {
    const picked = await dispatch(handlers, 'pickImportPaths', { kind })
    if (!picked.ok) return fail('Could not choose files to import', picked.error)
    const { paths } = picked.value
    if (paths.length === 0) return
    const total = {
      imported: 0,
      duplicates: 0,
      refused: 0,
      outcomes: [] as ImportSummary['outcomes'],
    }
    for (let start = 0; start < paths.length; start += IMPORT_BATCH) {
      const batch = paths.slice(start, start + IMPORT_BATCH)
      const result = await dispatch(handlers, 'importPaths', { paths: batch })
      if (!result.ok) {
        env.reload()
        return fail('Import stopped', result.error)
      }
      total.imported += result.value.imported
      total.duplicates += result.value.duplicates
      total.refused += result.value.refused
      total.outcomes = [...total.outcomes, ...result.value.outcomes]
    }
    env.reload()
    await env.showMessage({
      kind: 'info',
      title: 'Import finished',
      detail: summarizeImport(total),
    })
  }

  return {
    newProject: () => switchProject('new'),
    openProject: () => switchProject('open'),
    importFiles: () => importKind('files'),
    importFolder: () => importKind('folder'),
    mergeProject: () => mergeFromMenu(env),
    exportJsonl: async () => {
      const dataset = await dispatch(handlers, 'exportDataset', { format: 'jsonl', source: 'all' })
      if (!dataset.ok) return fail('Could not export', dataset.error)
      const { suggestedName, files, documents, spans, warnings } = dataset.value
      const saved = await dispatch(handlers, 'saveExport', { suggestedName, files })
      if (!saved.ok) return fail('Could not save the export', saved.error)
      if (saved.value.path === null) return
      await env.showMessage({
        kind: 'info',
        title: 'Export finished',
        detail: [
          `Wrote ${documents} documents and ${spans} spans to ${saved.value.path}`,
          ...warnings,
        ].join('\n'),
      })
    },
  }
}
