import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'

import { annotatorSchema } from '../../contract/schemas'
import { GlossFailure } from '../../core/failure'
import type { AppState } from '../app-state'
import { createExportProgress, type ExportProgress } from '../export/export-progress'
import type { ProjectStore } from '../project/project-store'
import type { ShellPorts } from '../shell-ports'
import { createSessionWriter } from './session-writer'

/** What every handler shares: who annotates, which project is open, what the user granted. */
export interface SessionContext {
  readonly ports: ShellPorts
  readonly appState: AppState
  annotator(): string
  /** Switches the annotator and remembers it for the next run. */
  setAnnotator(name: string): Promise<void>
  /** The open project, or a `no-project` failure. */
  project(): Promise<ProjectStore>
  /** The open project, or null when there is none (or it failed to open at start). */
  projectIfOpen(): Promise<ProjectStore | null>
  /** Opens (or creates) a project, makes it the current one and remembers it. */
  openProject(path: string, create: boolean): Promise<ProjectStore>
  /** Files the user chose in a dialog during this session; `importPaths` takes no others. */
  readonly grantedPaths: Set<string>
  /** How far the running exports have got. */
  readonly exportProgress: ExportProgress
}

export interface SessionOptions {
  readonly ports: ShellPorts
  readonly appState: AppState
  readonly project?: string
  readonly annotator?: string
  /** Told whenever a project becomes the current one (the start-up project too). */
  readonly onProjectOpened?: (store: ProjectStore) => void
  /** Aborted when the host stops: the session lets go of its layer locks. */
  readonly stopped?: AbortSignal
}

/** The state one host's handlers share for the life of the process. */
export function createSessionContext(options: SessionOptions): SessionContext {
  const { ports, appState } = options
  let annotator =
    options.annotator !== undefined ? checkAnnotator(options.annotator) : appState.annotator()
  // One writer per layer: the project is opened holding the annotator's layer lock.
  const writer = createSessionWriter(() => annotator)
  options.stopped?.addEventListener('abort', () => void writer.close(), { once: true })
  // The start-up project opens on first use: createHandlers is synchronous.
  let current: Promise<ProjectStore> | null =
    options.project !== undefined ? writer.open(options.project, true) : null
  const startup = current
  startup?.then(
    // Unless another project was opened meanwhile.
    (store) => current === startup && options.onProjectOpened?.(store),
    // An unhandled rejection would crash the host before any request asks for the project.
    () => undefined,
  )

  const projectIfOpen = async (): Promise<ProjectStore | null> =>
    current === null ? null : current.catch(() => null)

  return {
    ports,
    appState,
    annotator: () => annotator,
    async setAnnotator(name) {
      const checked = checkAnnotator(name)
      // Refused when another program writes that layer: the annotator stays as it was.
      const switching = (await projectIfOpen()) !== null
      if (switching) await writer.switchAnnotator(annotator, checked)
      try {
        await appState.remember({ annotator: checked })
      } catch (error) {
        if (switching) await writer.switchAnnotator(checked, annotator).catch(() => undefined)
        throw error
      }
      annotator = checked
    },
    async project() {
      if (current === null) {
        throw new GlossFailure({
          code: 'no-project',
          message: 'No project is open.',
          hint: 'Open a project folder or create a new one.',
        })
      }
      return current
    },
    projectIfOpen,
    async openProject(path, create) {
      const store = await writer.open(expandPath(path), create)
      current = Promise.resolve(store)
      options.onProjectOpened?.(store)
      // Only a convenience for the next start: a read-only settings folder must not stop work.
      await appState.remember({ lastProject: store.paths.root }).catch(() => undefined)
      return store
    },
    grantedPaths: new Set<string>(),
    exportProgress: createExportProgress(),
  }
}

function checkAnnotator(name: string): string {
  const parsed = annotatorSchema.safeParse(name)
  if (parsed.success) return parsed.data
  throw new GlossFailure({
    code: 'invalid-input',
    message: `"${name}" cannot be an annotator name: ${parsed.error.issues[0]?.message ?? 'rejected'}.`,
    hint: 'Use letters, digits, dot, dash or underscore, not starting with _ or . (it becomes a folder name).',
  })
}

/** A path typed by the user: `~` is their home folder; it must be absolute otherwise. */
export function expandPath(typed: string): string {
  const path = typed.trim()
  if (path === '~') return homedir()
  if (path.startsWith('~/') || path.startsWith('~\\')) return join(homedir(), path.slice(2))
  if (isAbsolute(path)) return resolve(path)
  throw new GlossFailure({
    code: 'invalid-input',
    message: `"${typed}" is not a full path.`,
    hint: 'Type the whole path of the project folder, for example /home/you/Documents/Gloss.',
  })
}
