import { createHash } from 'node:crypto'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { z } from 'zod'

import { annotatorSchema, docIdSchema } from '../../contract/schemas'
import { spansFingerprintSchema, undoStackSchema } from '../../contract/undo-schemas'
import { keptUndoSteps, type UndoStacks } from '../../core/spans/undo-history'
import { writeFileAtomic } from '../storage/atomic-write'
import { writeFailure } from '../storage/io-failure'
import { type JsonKind, parseVersioned, stringifyJson } from '../storage/json-kind'

interface UndoHistoryFile extends UndoStacks {
  readonly version: 1
  /** The project folder, for a person looking through the data folder. */
  readonly project: string
  readonly annotator: string
  readonly docId: string
  /** `spansFingerprint` of the spans the last step left: the history fits only those. */
  readonly fingerprint: string
  readonly savedAt: string
}

const UNDO_HISTORY_FILE: JsonKind<UndoHistoryFile> = {
  what: 'undo history',
  version: 1,
  schema: z.object({
    version: z.literal(1),
    project: z.string().min(1),
    annotator: annotatorSchema,
    docId: docIdSchema,
    fingerprint: spansFingerprintSchema,
    savedAt: z.string().min(1),
    undo: undoStackSchema,
    redo: undoStackSchema,
  }) as z.ZodType<UndoHistoryFile>,
}

export interface UndoHistoryKey {
  /** The app's data folder (GLOSS_DATA_DIR or the platform's). */
  readonly dataDir: string
  /** The project folder, resolved. */
  readonly project: string
  readonly annotator: string
  readonly docId: string
}

/**
 * `<data>/undo-history/<project>/<annotator>/<docId>.json`, the project named by a hash of
 * its path. Outside the project on purpose: undo steps are this computer's session state,
 * not work to share, and the browser host's page (a new port each run) cannot keep them.
 */
export function undoHistoryPath(key: UndoHistoryKey): string {
  const project = createHash('sha256').update(key.project).digest('hex').slice(0, 16)
  return join(key.dataDir, 'undo-history', project, key.annotator, `${key.docId}.json`)
}

// One write at a time per file, in the order asked: the last history asked for is the one kept.
const queues = new Map<string, Promise<unknown>>()

function queued<T>(file: string, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(file) ?? Promise.resolve()).then(work, work)
  const tail = run.catch(() => undefined)
  queues.set(file, tail)
  void tail.then(() => {
    if (queues.get(file) === tail) queues.delete(file)
  })
  return run
}

/**
 * The kept history if it was recorded on spans with `fingerprint`, else `null`. One recorded
 * on other spans is deleted: the file it belongs to has changed, so its steps may no longer
 * apply. A history file that cannot be read is treated as none (it is only a convenience,
 * rebuilt by the next edit), never as an error.
 */
export function readUndoHistory(
  key: UndoHistoryKey,
  fingerprint: string,
): Promise<UndoStacks | null> {
  const file = undoHistoryPath(key)
  return queued(file, async () => {
    let saved: UndoHistoryFile
    try {
      saved = parseVersioned(UNDO_HISTORY_FILE, await readFile(file, 'utf8'), file)
    } catch {
      return null
    }
    if (saved.fingerprint !== fingerprint) {
      await rm(file, { force: true })
      return null
    }
    return { undo: saved.undo, redo: saved.redo }
  })
}

/** Keeps the last steps of `stacks` against `fingerprint`, replacing the file atomically. */
export function writeUndoHistory(
  key: UndoHistoryKey,
  fingerprint: string,
  stacks: UndoStacks,
): Promise<number> {
  const file = undoHistoryPath(key)
  const kept = keptUndoSteps(stacks)
  const content: UndoHistoryFile = {
    version: 1,
    project: key.project,
    annotator: key.annotator,
    docId: key.docId,
    fingerprint,
    savedAt: new Date().toISOString(),
    ...kept,
  }
  return queued(file, async () => {
    try {
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomic(file, stringifyJson(content))
    } catch (error) {
      throw writeFailure(file, error)
    }
    return kept.undo.length + kept.redo.length
  })
}
