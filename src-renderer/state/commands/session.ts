import type { ProjectSummary } from '@contract/endpoints'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { initialReviewState } from '../review-state'
import type { DocumentCommands } from './documents'
import type { ReviewCommands } from './review'

// Edits made as someone else, or in another project, must not be undone into this one.
const freshWorkspace = (state: AppState): AppState => ({
  ...state,
  documents: [],
  doc: null,
  openingDocId: null,
  selection: null,
  selectedSpanId: null,
  histories: {},
  review: initialReviewState,
  comments: {},
})

export function createSessionCommands(
  ctx: CommandContext,
  documents: DocumentCommands,
  review: ReviewCommands,
  /** Run first whenever a project's workspace loads (broken files moved aside, say). */
  beforeWorkspace: () => Promise<void> = async () => undefined,
) {
  const { store, client } = ctx

  const loadWorkspace = async (): Promise<void> => {
    if (!store.get().session?.project) return
    await beforeWorkspace()
    await documents.refreshDocuments()
    await documents.openFirstIfNone()
    if (store.get().view === 'review') await review.refresh()
  }

  const commands = {
    /** Startup: who is annotating, which project, then its documents. */
    loadSession: async (): Promise<void> => {
      const session = unwrap(ctx, await client.getSession({}))
      if (!session) return
      store.update((state) => ({ ...freshWorkspace(state), session }))
      await loadWorkspace()
    },

    /** File → New/Open Project: a native folder dialog in Electron, a path field in the browser. */
    chooseProject: async (purpose: 'new' | 'open'): Promise<void> => {
      if (store.get().session?.host !== 'electron') {
        store.update((state) => ({ ...state, dialog: { kind: 'project', purpose } }))
        return
      }
      const picked = unwrap(ctx, await client.pickProjectFolder({ purpose }))
      if (picked?.path) await commands.openProject(picked.path, purpose === 'new')
    },

    openProject: async (path: string, create: boolean): Promise<boolean> => {
      const project = unwrap(ctx, await client.openProject({ path, create }))
      if (!project) return false
      await commands.showProject(project)
      return true
    },

    /** A project the host has just opened becomes the workspace's. */
    showProject: async (project: ProjectSummary): Promise<void> => {
      store.update((state) => ({
        ...freshWorkspace(state),
        session: state.session && { ...state.session, project },
        dialog: null,
      }))
      await loadWorkspace()
    },

    /** Attributes later edits to `name`; that annotator's own layer is shown from now on. */
    setAnnotator: async (name: string): Promise<boolean> => {
      const session = unwrap(ctx, await client.setAnnotator({ name }))
      if (!session) return false
      const keepDialog = store.get().dialog
      store.update((state) => ({ ...freshWorkspace(state), session, dialog: keepDialog }))
      await loadWorkspace()
      return true
    },

    /** Keeps the session's copy of the project in step with what the host saved. */
    setProject: (project: ProjectSummary): void => {
      store.update((state) => ({
        ...state,
        session: state.session && { ...state.session, project },
      }))
    },
  }
  return commands
}

export type SessionCommands = ReturnType<typeof createSessionCommands>
