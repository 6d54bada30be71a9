import { mkdir, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

import { z } from 'zod'

import { preferencesSchema } from '../contract/preference-schemas'
import { annotatorSchema } from '../contract/schemas'
import { DEFAULT_PREFERENCES, type Preferences } from '../core/preferences'
import { defaultAnnotatorName } from './app/default-annotator'
import { platformDataDir } from './app/platform-dirs'
import { openProjectStore } from './project/project-store'
import { writeFailure } from './storage/io-failure'
import { jsonFiles } from './storage/json-file'
import type { JsonKind } from './storage/json-kind'

interface SettingsFile {
  readonly version: 1
  readonly lastProject?: string
  readonly annotator?: string
  readonly preferences?: Partial<Preferences>
}

const SETTINGS_FILE: JsonKind<SettingsFile> = {
  what: 'settings file',
  version: 1,
  schema: z.object({
    version: z.literal(1),
    lastProject: z.string().min(1).optional(),
    annotator: annotatorSchema.optional(),
    preferences: preferencesSchema.partial().optional(),
  }),
}

/** What Gloss remembers between runs, outside any project: `settings.json` in the data dir. */
export interface AppState {
  readonly dataDir: string
  readonly settingsFile: string
  /** Where the default project lives when none was asked for and none was open before. */
  readonly defaultProjectDir: string
  /** The remembered annotator, else the OS user name made safe, else "analyst". */
  annotator(): string
  /** The project open at the end of the last run, if any. */
  lastProject(): string | undefined
  /** Saves the given settings for the next run. */
  remember(change: { readonly lastProject?: string; readonly annotator?: string }): Promise<void>
  /** Theme, text size, reading width, first-run hints: the defaults where none was saved. */
  preferences(): Preferences
  /** Saves the given preferences (the others stay) and answers them all. */
  rememberPreferences(change: Partial<Preferences>): Promise<Preferences>
}

/**
 * Opens the app's settings. The data dir is `dataDir` if given, else `GLOSS_DATA_DIR`, else
 * the platform's config folder (~/.config/gloss, ~/Library/Application Support/Gloss,
 * %APPDATA%/Gloss). An unreadable settings.json throws `unreadable-file` and is left alone.
 */
export async function openAppState(dataDir?: string): Promise<AppState> {
  const chosen = dataDir ?? nonEmpty(process.env.GLOSS_DATA_DIR)
  const root = resolve(chosen ?? platformDataDir())
  const settingsFile = join(root, 'settings.json')
  const file = jsonFiles.file(settingsFile, SETTINGS_FILE)
  let settings: SettingsFile = (await file.read()) ?? { version: 1 }
  const fallbackAnnotator = defaultAnnotatorName()

  return {
    dataDir: root,
    settingsFile,
    // Tests and portable setups keep everything under the data dir, never in ~/Documents.
    defaultProjectDir:
      chosen !== undefined ? join(root, 'Gloss') : join(homedir(), 'Documents', 'Gloss'),
    annotator: () => settings.annotator ?? fallbackAnnotator,
    lastProject: () => settings.lastProject,
    async remember(change) {
      await makeDataDir(root)
      settings = await file.update((current) => ({ ...(current ?? { version: 1 }), ...change }))
    },
    preferences: () => ({ ...DEFAULT_PREFERENCES, ...settings.preferences }),
    async rememberPreferences(change) {
      await makeDataDir(root)
      settings = await file.update((current) => {
        const base = current ?? { version: 1 }
        return { ...base, preferences: { ...base.preferences, ...change } }
      })
      return { ...DEFAULT_PREFERENCES, ...settings.preferences }
    },
  }
}

/**
 * The project to open at start: the `requested` folder, else the last project (when it still
 * holds a gloss.json), else the default project, which is created when missing. On the first
 * run (nothing requested, no project ever opened with this data dir) there is none: the
 * window shows its welcome screen, which offers to create, open or try the sample project.
 */
export async function resolveStartupProject(
  appState: AppState,
  requested?: string,
): Promise<string | undefined> {
  if (requested !== undefined && requested.trim() !== '') return resolve(requested)
  const last = appState.lastProject()
  if (last === undefined) return undefined
  if (last !== undefined && (await isFile(join(last, 'gloss.json')))) return last
  const store = await openProjectStore(appState.defaultProjectDir, { create: true })
  return store.paths.root
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

async function makeDataDir(root: string): Promise<void> {
  try {
    await mkdir(root, { recursive: true })
  } catch (error) {
    throw writeFailure(root, error)
  }
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' ? value : undefined
