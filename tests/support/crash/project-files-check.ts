import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

import { ANNOTATION_EDITS } from '../../../src-main/services/project/annotation-edits'
import {
  ANNOTATION_FILE,
  DOCUMENT_INDEX,
  PROJECT_FILE,
} from '../../../src-main/services/project/file-kinds'
import { parseEditLog } from '../../../src-main/services/storage/edit-log'
import { parseVersioned, type JsonKind } from '../../../src-main/services/storage/json-kind'

/** What a look at every file of a project found. */
export interface FilesCheck {
  /** The first file that does not parse as what it is, with why; null when all do. */
  readonly problem: string | null
  /** Temp files of writes a kill cut short (`.<name>.<pid>-<hex>.tmp`), by path in the project. */
  readonly temps: readonly string[]
}

const TEMP = /^\..+\.\d+-[0-9a-f]+\.tmp$/u

/**
 * Parses every file of the project as what it is: `gloss.json`, the document index, each
 * annotations file and each edit log (whose last line may be cut short: a save never
 * acknowledged). Document texts are written once at import and are not looked at.
 */
export async function checkProjectFiles(project: string): Promise<FilesCheck> {
  const temps: string[] = []
  const files = (await readdir(project, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
  for (const path of files) {
    const name = relative(project, path)
    if (TEMP.test(path.slice(path.lastIndexOf('/') + 1))) {
      temps.push(name)
      continue
    }
    try {
      const kind = kindOf(name)
      if (kind === 'log') {
        const of = path.replace(/\.edits\.jsonl$/u, '.json')
        parseEditLog(ANNOTATION_EDITS, await readFile(path, 'utf8'), of, path)
      } else if (kind !== null) {
        parseVersioned(kind, await readFile(path, 'utf8'), path)
      }
    } catch (error) {
      return {
        problem: `${name}: ${error instanceof Error ? error.message : String(error)}`,
        temps,
      }
    }
  }
  return { problem: null, temps }
}

function kindOf(name: string): JsonKind<unknown> | 'log' | null {
  if (name === 'gloss.json') return PROJECT_FILE as JsonKind<unknown>
  if (name === join('documents', 'index.json')) return DOCUMENT_INDEX as JsonKind<unknown>
  if (!name.startsWith(`annotations${'/'}`)) return null
  if (name.endsWith('.edits.jsonl')) return 'log'
  return name.endsWith('.json') ? (ANNOTATION_FILE as JsonKind<unknown>) : null
}
