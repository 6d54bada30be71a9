import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Handlers } from '../src-main/contract/endpoints'
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'
import { benchCommentCounts } from './bench-comments'
import { benchBigDocument, benchSmallSaves } from './bench-saves'
import { coldLists } from './cold-list-runner'
import { benchSearch } from './bench-search'
import { corpusArticles } from './corpus-text'
import { liveHeap } from './heap'
import { type Figure, medianFigure, timed } from './timing'

const ARTICLES = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000)
const BATCH = 200
const RUNS = 5
const MiB = 1024 * 1024

async function handlersFor(dir: string, dataDir: string): Promise<Handlers> {
  const appState = await openAppState(dataDir)
  return createHandlers({ ports: { host: 'web' }, appState, project: dir, annotator: 'bench' })
}

/**
 * Imports `ARTICLES` articles as the UI does (batches of 200 uploads). After each batch the
 * live heap is measured (garbage collected first, outside the timed part): it must stay flat.
 */
async function importArticles(handlers: Handlers): Promise<Figure[]> {
  const articles = corpusArticles()
  const heap: number[] = [liveHeap()]
  let ms = 0
  for (let first = 0; first < ARTICLES; first += BATCH) {
    const files = Array.from({ length: Math.min(BATCH, ARTICLES - first) }, (_, k) => {
      const n = first + k
      const body = `Bench article ${n}\n${articles[n % articles.length] ?? ''}`
      return { name: `article-${n}.txt`, base64: Buffer.from(body).toString('base64') }
    })
    ms += (await timed(() => handlers.importUploads({ files }))).ms
    heap.push(liveHeap())
  }
  const atFirst = heap[1] ?? 0
  return [
    {
      name: `services: import ${ARTICLES} articles (batches of ${BATCH})`,
      value: Math.round(ms),
      unit: 'ms',
      target: '≤ 10 s',
    },
    {
      name: 'services: import, live heap after the last batch − after the first',
      value: Math.round(((heap[heap.length - 1] ?? 0) - atFirst) / MiB),
      unit: 'MiB',
      target: 'flat',
    },
    {
      name: 'services: import, most live heap after a batch',
      value: Math.round(Math.max(...heap) / MiB),
      unit: 'MiB',
    },
  ]
}

/** A project of many articles: import, cold open and list, saves, and a book-length article. */
export async function benchServices(): Promise<{ figures: Figure[]; bigProject: string }> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-bench-'))
  const dir = join(root, 'project')
  const handlers = await handlersFor(dir, join(root, 'data'))
  const imported = await importArticles(handlers)

  const cold = await coldLists(dir, 'bench', join(root, 'data-cold'), RUNS)
  if (cold.some((list) => list.documents !== ARTICLES)) throw new Error('bench: articles missing')
  const reopened = await handlersFor(dir, join(root, 'data-2'))
  const warm: number[] = []
  for (let n = 0; n < RUNS; n++) warm.push((await timed(() => reopened.listDocuments({}))).ms)
  const listed = await reopened.listDocuments({})
  const first = listed[0]
  if (!first) throw new Error('bench: nothing was imported')
  const { text } = await reopened.getDocument({ docId: first.id })
  const small = await benchSmallSaves(reopened, first.id, text)
  const searched = await benchSearch(reopened, ARTICLES)

  const comments = await benchCommentCounts(dir, (name) => join(root, `data-${name}`), listed)
  const bigDir = join(root, 'big')
  const big = await benchBigDocument(await handlersFor(bigDir, join(root, 'data-big')), bigDir)
  await rm(dir, { recursive: true, force: true })
  return {
    figures: [
      ...imported,
      medianFigure(
        `services: open + list ${ARTICLES} documents, cold (a fresh process)`,
        cold.map((list) => list.ms),
        'ms',
        '≤ 300 ms',
      ),
      medianFigure(`services: list ${ARTICLES} documents again (warm)`, warm, 'ms'),
      ...comments,
      ...searched,
      small,
      ...big,
    ],
    bigProject: bigDir,
  }
}
