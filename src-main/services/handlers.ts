import type { Handlers } from '../contract/endpoints'
import type { AppState } from './app-state'
import { agreementHandlers } from './handler-groups/agreement-handlers'
import { annotationImportHandlers } from './handler-groups/annotation-import-handlers'
import { documentHandlers } from './handler-groups/document-handlers'
import { exportHandlers } from './handler-groups/export-handlers'
import { importHandlers } from './handler-groups/import-handlers'
import { projectHandlers } from './handler-groups/project-handlers'
import { createSessionContext } from './session/session-context'
import type { ShellPorts } from './shell-ports'

export interface HandlerOptions {
  /** The native dialogs the shell offers (none in the browser host). */
  readonly ports: ShellPorts
  readonly appState: AppState
  /** The project folder to open first; created when missing. */
  readonly project?: string
  /** Who annotates in this run (e.g. `--annotator`); not remembered. Default: the app state's. */
  readonly annotator?: string
}

/**
 * Every endpoint of the contract, served from the disk. Hosts call them through `dispatch`,
 * which validates the input and turns a thrown `GlossFailure` into an error value. Throws
 * `invalid-input` at once when `options.annotator` is not a valid annotator name.
 */
export function createHandlers(options: HandlerOptions): Handlers {
  const session = createSessionContext(options)
  return {
    ...projectHandlers(session),
    ...documentHandlers(session),
    ...importHandlers(session),
    ...exportHandlers(session),
    ...annotationImportHandlers(session),
    ...agreementHandlers(session),
  }
}
