import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { DiskCursor } from '../src-main/contract/disk-changes'
import type { Handlers } from '../src-main/contract/endpoints'
import type { DocumentEntry } from '../src-main/core/project/project'
import type { AnnotationFile } from '../src-main/core/spans/span'
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'
import { mapLimit } from '../src-main/services/annotations/map-limit'
import { openProjectStore } from '../src-main/services/project/project-store'
import { type Figure, timed } from './timing'

const DOCUMENTS = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000)
const LAYERS = ['ann', 'bench', 'cy']
const SYNCED = 1_000

const docId = (n: number): string => n.toString(16).padStart(16, '0')

const fileOf = (annotator: string, id: string): string => {
  const file: AnnotationFile = {
    version: 1,
    docId: id,
    annotator,
    status: 'in-progress',
    spans: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
  return JSON.stringify(file)
}

/** A project written straight to disk: an index of `DOCUMENTS` and a file per layer for each. */
async function syntheticProject(dir: string): Promise<void> {
  await openProjectStore(dir, { create: true })
  const documents: DocumentEntry[] = Array.from({ length: DOCUMENTS }, (_, n) => ({
    id: docId(n),
    title: `Article ${n}`,
    sourceName: `article-${n}.txt`,
    sha256: '0'.repeat(64),
    length: 100,
    added: '2026-01-01T00:00:00.000Z',
  }))
  await writeFile(join(dir, 'documents', 'index.json'), JSON.stringify({ version: 1, documents }))
  for (const annotator of LAYERS) {
    await mkdir(join(dir, 'annotations', annotator), { recursive: true })
    await mapLimit(documents, 32, (entry) =>
      writeFile(
        join(dir, 'annotations', annotator, `${entry.id}.json`),
        fileOf(annotator, entry.id),
      ),
    )
  }
}

/** Polls as the UI does until `count` changes have come after `since`. */
async function changesSeen(handlers: Handlers, since: DiskCursor, count: number): Promise<void> {
  let cursor = since
  let seen = 0
  while (seen < count) {
    const polled = await handlers.pollChanges({ since: cursor })
    if (polled.reset) throw new Error('bench: the change log was reset')
    seen += polled.changes.length
    cursor = polled.cursor
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** What watching a large project costs: starting, a colleague's big sync, the list refresh. */
export async function benchWatch(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-bench-watch-'))
  const dir = join(root, 'project')
  await syntheticProject(dir)
  const appState = await openAppState(join(root, 'data'))
  const handlers = createHandlers({ ports: { host: 'web' }, appState, annotator: 'bench' })

  const started = await timed(async () => {
    await handlers.openProject({ path: dir, create: false })
    return (await handlers.pollChanges({})).cursor
  })
  const synced = await timed(async () => {
    await mkdir(join(dir, 'annotations', 'dana'))
    await mapLimit(
      Array.from({ length: SYNCED }, (_, n) => docId(n)),
      32,
      (id) => writeFile(join(dir, 'annotations', 'dana', `${id}.json`), fileOf('dana', id)),
    )
    await changesSeen(handlers, started.value, SYNCED)
  })
  const listed = await timed(() => handlers.listDocuments({}))
  await rm(root, { recursive: true, force: true })

  const size = `${DOCUMENTS} documents × ${LAYERS.length} layers`
  return [
    { name: `watch: open and start watching ${size}`, value: started.ms, unit: 'ms' },
    {
      name: `watch: a new layer of ${SYNCED} files, written and all reported`,
      value: synced.ms,
      unit: 'ms',
    },
    {
      name: `watch: the list refresh an own-file change costs (${DOCUMENTS} docs)`,
      value: listed.ms,
      unit: 'ms',
    },
  ]
}
