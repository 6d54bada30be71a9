import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Handlers } from '../src-main/contract/endpoints'
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'
import { benchCommentCounts } from './bench-comments'
import { corpusArticles, textOfLength } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, timed } from './timing'

const ARTICLES = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000)
const BATCH = 200

async function handlersFor(dir: string, dataDir: string): Promise<Handlers> {
  const appState = await openAppState(dataDir)
  return createHandlers({ ports: { host: 'web' }, appState, project: dir, annotator: 'bench' })
}

/** A project of many articles: import, cold open and list, one-span save, a big document. */
export async function benchServices(): Promise<{ figures: Figure[]; bigProject: string }> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-bench-'))
  const dir = join(root, 'project')
  const handlers = await handlersFor(dir, join(root, 'data'))
  const articles = corpusArticles()

  const imported = await timed(async () => {
    for (let first = 0; first < ARTICLES; first += BATCH) {
      const files = Array.from({ length: Math.min(BATCH, ARTICLES - first) }, (_, k) => {
        const n = first + k
        const body = `Bench article ${n}\n${articles[n % articles.length] ?? ''}`
        return { name: `article-${n}.txt`, base64: Buffer.from(body).toString('base64') }
      })
      await handlers.importUploads({ files })
    }
  })

  const reopened = await handlersFor(dir, join(root, 'data-2'))
  const listed = await timed(() => reopened.listDocuments({}))
  const first = listed.value[0]
  if (!first) throw new Error('bench: nothing was imported')
  const doc = await reopened.getDocument({ docId: first.id })
  const span = syntheticSpans(doc.text, 1)[0]
  if (!span) throw new Error('bench: no span fits the first article')
  const saved = await timed(() =>
    reopened.applySpanChanges({
      docId: first.id,
      changes: { created: [span], updated: [], deleted: [] },
    }),
  )
  const annotationFile = join(dir, 'annotations', 'bench', `${first.id}.json`)
  const savedBytes = (await stat(annotationFile)).size

  const comments = await benchCommentCounts(dir, (name) => join(root, `data-${name}`), listed.value)
  const big = await bigDocument(join(root, 'big'), join(root, 'data-big'))
  await rm(dir, { recursive: true, force: true })
  return {
    figures: [
      {
        name: `services: import ${ARTICLES} articles (batches of ${BATCH})`,
        value: imported.ms,
        unit: 'ms',
      },
      {
        name: `services: open + list ${ARTICLES} documents (cold)`,
        value: listed.ms,
        unit: 'ms',
        target: 'opens and lists quickly',
      },
      ...comments,
      { name: 'services: save one span', value: saved.ms, unit: 'ms' },
      {
        name: 'services: bytes written to save one span',
        value: savedBytes,
        unit: 'B',
        target: 'one small file',
      },
      ...big.figures,
    ],
    bigProject: big.dir,
  }
}

async function bigDocument(
  dir: string,
  dataDir: string,
): Promise<{ figures: Figure[]; dir: string }> {
  const handlers = await handlersFor(dir, dataDir)
  const text = textOfLength(1_000_000)
  await handlers.importUploads({
    files: [{ name: 'one-million.txt', base64: Buffer.from(text).toString('base64') }],
  })
  const [entry] = await handlers.listDocuments({})
  if (!entry) throw new Error('bench: the 1M-character article was not imported')
  const opened = await handlers.getDocument({ docId: entry.id })
  const spans = syntheticSpans(opened.text, 20_000)
  const saved = await timed(() =>
    handlers.applySpanChanges({
      docId: entry.id,
      changes: { created: spans, updated: [], deleted: [] },
    }),
  )
  const reread = await timed(() => handlers.getDocument({ docId: entry.id }))
  const file = join(dir, 'annotations', 'bench', `${entry.id}.json`)
  const bytes = (await readFile(file)).length
  return {
    dir,
    figures: [
      { name: 'services: save 20,000 spans on a 1M-char article', value: saved.ms, unit: 'ms' },
      { name: 'services: read that article and its 20,000 spans', value: reread.ms, unit: 'ms' },
      { name: 'services: its annotations file', value: Math.round(bytes / 1024), unit: 'KiB' },
    ],
  }
}
