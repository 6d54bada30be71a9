import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import type { DiskChange, DiskCursor } from '../../../../src-main/contract/disk-changes'
import type { Handlers } from '../../../../src-main/contract/endpoints'
import type { AnnotationFile, Span } from '../../../../src-main/core/spans/span'
import { ok } from './project-fixture'

const POLL_EVERY_MS = 20

/** Where the log of `handlers` is now: later polls see only what happens after this. */
export async function cursorNow(handlers: Handlers): Promise<DiskCursor> {
  return (await ok(handlers, 'pollChanges', {})).cursor
}

/**
 * Polls like the UI does until the changes seen since `since` satisfy `done`, or fails
 * after `timeoutMs` saying what was seen.
 */
export async function changesUntil(
  handlers: Handlers,
  since: DiskCursor,
  done: (changes: readonly DiskChange[]) => boolean,
  timeoutMs = 10_000,
): Promise<DiskChange[]> {
  const seen: DiskChange[] = []
  const deadline = Date.now() + timeoutMs
  let cursor = since
  for (;;) {
    const polled = await ok(handlers, 'pollChanges', { since: cursor })
    if (polled.reset) throw new Error('the log was reset while waiting for changes')
    seen.push(...polled.changes)
    cursor = polled.cursor
    if (done(seen)) return seen
    if (Date.now() > deadline) {
      throw new Error(`not seen within ${timeoutMs} ms; saw ${JSON.stringify(seen)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS))
  }
}

/** Whether `changes` hold `change`. */
export const includes =
  (change: DiskChange) =>
  (changes: readonly DiskChange[]): boolean =>
    changes.some((seen) => JSON.stringify(seen) === JSON.stringify(change))

/** A colleague's annotations file for a document, as their Gloss writes it. */
export function colleagueFile(annotator: string, docId: string, spans: Span[]): string {
  const file: AnnotationFile = {
    version: 1,
    docId,
    annotator,
    status: 'in-progress',
    spans,
    updatedAt: '2026-02-01T09:00:00.000Z',
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** `annotations/<annotator>/<docId>.json` in the project. */
export const layerFile = (project: string, annotator: string, docId: string): string =>
  join(project, 'annotations', annotator, `${docId}.json`)

/** Writes `content` the way sync tools and Gloss itself do: a temp file renamed over it. */
export async function replaceByRename(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = join(dirname(file), `.sync-${Date.now()}.partial`)
  await writeFile(temp, content)
  await rename(temp, file)
}
