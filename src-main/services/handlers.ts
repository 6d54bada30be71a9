import type { Handlers } from '../contract/endpoints'
import type { AppState } from './app-state'
import { agreementHandlers } from './handler-groups/agreement-handlers'
import { backupHandlers } from './handler-groups/backup-handlers'
import { annotationImportHandlers } from './handler-groups/annotation-import-handlers'
import { commentHandlers } from './handler-groups/comment-handlers'
import { documentHandlers } from './handler-groups/document-handlers'
import { exportHandlers } from './handler-groups/export-handlers'
import { firstRunHandlers } from './handler-groups/first-run-handlers'
import { syncHandlers } from './handler-groups/sync-handlers'
import { guidelineHandlers } from './handler-groups/guideline-handlers'
import { importHandlers } from './handler-groups/import-handlers'
import { mergeHandlers } from './handler-groups/merge-handlers'
import { projectHandlers } from './handler-groups/project-handlers'
import { reviewHandlers } from './handler-groups/review-handlers'
import { searchHandlers } from './handler-groups/search-handlers'
import { undoHandlers } from './handler-groups/undo-handlers'
import { watchHandlers } from './handler-groups/watch-handlers'
import { createSessionContext } from './session/session-context'
import type { ShellPorts } from './shell-ports'
import { createWriteJournal, runWithWriteJournal, type WriteJournal } from './storage/write-journal'
import { createProjectWatch } from './watch/project-watch'
import { createWorkRegister } from './work/work-register'

export interface HandlerOptions {
  /** The native dialogs the shell offers (none in the browser host). */
  readonly ports: ShellPorts
  readonly appState: AppState
  /** The project folder to open first; created when missing. */
  readonly project?: string
  /** Who annotates in this run (e.g. `--annotator`); not remembered. Default: the app state's. */
  readonly annotator?: string
  /** Aborted when the host stops: the project folder is no longer watched. */
  readonly stopped?: AbortSignal
  /** The folder of sample articles the welcome screen's sample project is made from. */
  readonly sampleDir?: string
  /** How git runs Gloss's merge driver on this machine (services/sync/merge-driver-command.ts). */
  readonly mergeDriver?: string
}

/**
 * Every endpoint of the contract, served from the disk. Hosts call them through `dispatch`,
 * which validates the input and turns a thrown `GlossFailure` into an error value. Throws
 * `invalid-input` at once when `options.annotator` is not a valid annotator name.
 */
export function createHandlers(options: HandlerOptions): Handlers {
  const journal = createWriteJournal()
  const watch = createProjectWatch({ journal })
  const work = createWorkRegister()
  options.stopped?.addEventListener('abort', () => watch.stop(), { once: true })
  const session = createSessionContext({
    ...options,
    onProjectOpened: (store) => watch.follow(store.paths.root),
  })
  return noteWritesIn(journal, {
    ...projectHandlers(session),
    ...documentHandlers(session),
    ...importHandlers(session),
    ...exportHandlers(session, work),
    ...annotationImportHandlers(session),
    ...reviewHandlers(session),
    ...mergeHandlers(session),
    ...commentHandlers(session),
    ...watchHandlers(session, watch),
    ...agreementHandlers(session, work),
    ...backupHandlers(session),
    ...undoHandlers(session),
    ...searchHandlers(session, work),
    ...firstRunHandlers(session, options.sampleDir),
    ...guidelineHandlers(session),
    ...syncHandlers(session, options.mergeDriver),
  })
}

// Every file a handler reads or writes is noted in the session's journal, so the watch can
// tell this session's saves from everyone else's (another host, the CLI, a sync).
function noteWritesIn(journal: WriteJournal, handlers: Handlers): Handlers {
  const entries = Object.entries(handlers).map(([name, handler]) => [
    name,
    (input: never) => runWithWriteJournal(journal, () => handler(input)),
  ])
  return Object.fromEntries(entries) as Handlers
}
