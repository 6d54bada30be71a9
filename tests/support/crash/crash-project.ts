import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import type { Span } from '../../../src-main/core/spans/span'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { callOk as ok } from '../call-ok'
import { CRASH_TEXT, createdSpan } from './crash-edits'

/** A project for the crash harness: its folder, its annotator, its two documents. */
export interface CrashProject {
  readonly root: string
  readonly dataDir: string
  readonly annotator: string
  readonly docs: readonly { readonly docId: string; readonly file: string }[]
  /** Ids of the spans the second document starts with. */
  readonly seedIds: ReadonlySet<string>
}

/** Spans the second document starts with: enough that the host logs its edits (over 64 KiB). */
const SEED_SPANS = 400

/**
 * Makes a project in `folder` with two documents, the second with its annotations file
 * already large, so the browser host (default edit-log policy) appends edits to its log
 * from the first save, while the first document's file is rewritten whole until it grows.
 */
export async function makeCrashProject(folder: string): Promise<CrashProject> {
  const root = join(folder, 'project')
  const dataDir = join(folder, 'data')
  await mkdir(dataDir, { recursive: true })
  const stopped = new AbortController()
  const annotator = 'alice'
  const handlers = createHandlers({
    ports: { host: 'web' },
    appState: await openAppState(dataDir),
    annotator,
    stopped: stopped.signal,
  })
  try {
    await ok(handlers, 'openProject', { path: root, create: true })
    // The second text only adds a sentence at the end: spans at the same offsets fit both.
    const texts = [CRASH_TEXT, `${CRASH_TEXT}A second copy.\n`]
    const imported = await ok(handlers, 'importUploads', {
      files: texts.map((text, i) => ({
        name: `ferry-${i}.txt`,
        base64: Buffer.from(text).toString('base64'),
      })),
    })
    const docIds = imported.outcomes.map((outcome) => outcome.docId ?? '')
    const seeds: Span[] = Array.from({ length: SEED_SPANS }, (_, i) => ({
      ...createdSpan(i),
      id: `seed-${i}`,
    }))
    await ok(handlers, 'applySpanChanges', {
      docId: docIds[1] ?? '',
      changes: { created: seeds, updated: [], deleted: [] },
    })
    return {
      root,
      dataDir,
      annotator,
      docs: docIds.map((docId) => ({
        docId,
        file: join(root, 'annotations', annotator, `${docId}.json`),
      })),
      seedIds: new Set(seeds.map((span) => span.id)),
    }
  } finally {
    stopped.abort()
  }
}
