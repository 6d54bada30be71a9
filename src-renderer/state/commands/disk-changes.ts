import type { DiskChange, DiskChanges, DiskCursor } from '@contract/disk-changes'
import type { Result } from '@core/result'
import { countLabels } from '@core/spans/label-counts'
import { sortSpans } from '@core/spans/overlaps'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { withDocLabelsShown } from '../doc-labels'
import type { SaveQueue } from '../save-queue'
import { showsAnnotations, type ShownAnnotations } from '../same-annotations'
import { withSpans } from './annotate'
import type { DocumentCommands } from './documents'
import type { SessionCommands } from './session'

export interface DiskChangeDeps {
  readonly documents: DocumentCommands
  readonly session: SessionCommands
  readonly saves: SaveQueue
}

/**
 * The value, or `null` with the error shown, unless that very error is on screen already:
 * one broken file (say, with git conflict markers) fails the list and the document alike.
 */
function unwrapOnce<T>(ctx: CommandContext, result: Result<T>): T | null {
  if (result.ok) return result.value
  const { message } = result.error
  if (ctx.store.get().errors.some((shown) => shown.error.message === message)) return null
  return unwrap(ctx, result)
}

// The list comes from disk; the open document's own figures are what the analyst sees,
// unsaved edits included.
const withOpenDocFigures = (state: AppState): AppState => {
  const { doc } = state
  if (!doc) return state
  return {
    ...state,
    documents: state.documents.map((item) =>
      item.id === doc.entry.id
        ? {
            ...item,
            spanCount: doc.spans.length,
            labelCounts: countLabels(doc.spans),
            status: doc.status,
          }
        : item,
    ),
  }
}

/**
 * Brings what others changed on disk (a sync, git, the CLI) into the window: the document
 * list, the labels, and the open document's spans, without ever dropping an edit that is
 * not saved yet. Every poll with news also moves `state.disk` for the other views.
 */
export function createDiskChangeCommands(ctx: CommandContext, deps: DiskChangeDeps) {
  const { store, client } = ctx
  const { documents, session, saves } = deps
  let cursor: DiskCursor | undefined
  let polling: Promise<void> | null = null

  const setChangedOnDisk = (docId: string | null): void =>
    store.update((state) => ({ ...state, changedOnDisk: docId }))

  const refreshProject = async (): Promise<void> => {
    const fresh = unwrap(ctx, await client.getSession({}))
    const open = store.get().session?.project
    if (fresh?.project && open && fresh.project.path === open.path) {
      session.setProject(fresh.project)
    }
  }

  const refreshList = async (): Promise<void> => {
    await documents.refreshDocuments()
    store.update(withOpenDocFigures)
  }

  /**
   * Shows the open document as it is on disk when that loses nothing: every edit saved and
   * none made while the file was read. Otherwise the edits stay and the analyst is told.
   */
  const reloadOpen = async (docId: string): Promise<void> => {
    const before = store.get().doc
    if (before?.entry.id !== docId) return
    if (!saves.settled()) {
      setChangedOnDisk(docId)
      return
    }
    const opened = unwrapOnce(ctx, await client.getDocument({ docId }))
    const now = store.get().doc
    if (!opened || now?.entry.id !== docId) return
    const { annotations } = opened
    const file: ShownAnnotations = {
      spans: sortSpans(annotations.spans),
      status: annotations.status,
      relations: annotations.relations ?? [],
      docLabels: annotations.docLabels,
    }
    // Nothing changed under the analyst: the next edit is made on the file as it is now.
    const current = now === before && saves.settled()
    if (current) saves.setBase(docId, opened.annotations.updatedAt)
    if (showsAnnotations(now, file)) {
      setChangedOnDisk(null)
      return
    }
    // An edit made while the file was being read is newer than the file.
    if (!current) {
      setChangedOnDisk(docId)
      return
    }
    // The undo history stays: a step that no longer fits the file is refused when taken.
    store.update((state) => {
      const next = withDocLabelsShown(withSpans(state, file.spans), file.docLabels)
      return withOpenDocFigures({
        ...next,
        doc: next.doc && { ...next.doc, status: file.status, relations: file.relations },
        changedOnDisk: null,
      })
    })
  }

  const apply = async ({ changes, reset }: DiskChanges): Promise<void> => {
    if (!reset && changes.length === 0) return
    store.update((state) => ({
      ...state,
      disk: { seq: state.disk.seq + 1, changes, everything: reset },
    }))
    const me = store.get().session?.annotator
    if (!store.get().session?.project || me === undefined) return
    const mine = new Set(
      changes.flatMap((change: DiskChange) =>
        change.kind === 'annotations' && change.annotator === me ? [change.docId] : [],
      ),
    )
    const has = (kind: DiskChange['kind']): boolean =>
      reset || changes.some((change) => change.kind === kind)
    if (has('project')) await refreshProject()
    if (has('index') || mine.size > 0) await refreshList()
    const openId = store.get().doc?.entry.id
    if (openId !== undefined && (reset || mine.has(openId))) await reloadOpen(openId)
  }

  const pollOnce = async (): Promise<void> => {
    const polled = await client.pollChanges(cursor === undefined ? {} : { since: cursor })
    // A host that is stopping or restarting: the next poll tries again, no banner each time.
    if (!polled.ok) return
    const first = cursor === undefined
    cursor = polled.value.cursor
    if (!first) await apply(polled.value)
  }

  return {
    /**
     * Asks the host what changed since the last poll and applies it; the first poll only
     * takes the place to start from (run it before loading the workspace). One at a time.
     */
    poll: (): Promise<void> => {
      polling ??= pollOnce().finally(() => {
        polling = null
      })
      return polling
    },

    /** The notice's Reload: once every edit is saved, shows the open document as on disk. */
    reloadDocument: async (): Promise<void> => {
      const doc = store.get().doc
      if (!doc) return
      await saves.idle()
      // A failed save: reloading would throw the unsaved edits away.
      if (!saves.settled()) return
      await reloadOpen(doc.entry.id)
    },
  }
}

export type DiskChangeCommands = ReturnType<typeof createDiskChangeCommands>
