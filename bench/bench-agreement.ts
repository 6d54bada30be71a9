import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { computeAgreement } from '../src-main/core/agreement/compute-agreement'
import type { Span } from '../src-main/core/spans/span'
import {
  agreementOverview,
  agreementReport,
} from '../src-main/services/agreement/agreement-service'
import { readAgreementDocuments } from '../src-main/services/agreement/read-agreement-input'
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'
import { mapLimit } from '../src-main/services/annotations/map-limit'
import { openProjectStore } from '../src-main/services/project/project-store'
import { adjudicateMajority } from '../src-main/services/review/adjudicate-majority'
import { summarizeReview } from '../src-main/services/review/review-summary'
import { corpusArticles } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, timed } from './timing'

const DOCUMENTS = 1_000
const SPANS = 24
const ANNOTATORS = ['ana', 'ben', 'cem'] as const
const BATCH = 200

/**
 * Three annotators' layers on a thousand news articles, then agreement read fresh from disk:
 * what `gloss agree` and the agreement view cost (target: well under 5 s).
 */
export async function benchAgreement(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-bench-agreement-'))
  const dir = join(root, 'project')
  const appState = await openAppState(join(root, 'data'))
  const handlers = createHandlers({ ports: { host: 'web' }, appState, project: dir })
  const articles = corpusArticles()
  for (let first = 0; first < DOCUMENTS; first += BATCH) {
    const files = Array.from({ length: Math.min(BATCH, DOCUMENTS - first) }, (_, k) => {
      const body = `Agreement article ${first + k}\n${articles[(first + k) % articles.length] ?? ''}`
      return { name: `article-${first + k}.txt`, base64: Buffer.from(body).toString('base64') }
    })
    await handlers.importUploads({ files })
  }
  const store = await openProjectStore(dir, { create: false })
  const { documents } = await store.readIndex()
  await mapLimit(documents, 16, async (entry) => {
    const text = await store.readText(entry)
    const layers = annotatorLayers(text, Number.parseInt(entry.id.slice(0, 6), 16))
    for (const [k, annotator] of ANNOTATORS.entries()) {
      await store.updateAnnotations(annotator, entry.id, () => ({
        version: 1,
        docId: entry.id,
        annotator,
        status: 'done',
        spans: layers[k] ?? [],
        updatedAt: '2026-11-23T00:00:00.000Z',
      }))
    }
  })

  const fresh = await openProjectStore(dir, { create: false })
  const report = await timed(() => agreementReport(fresh, {}))
  const overview = await timed(() => agreementOverview(fresh, {}))
  const read = await readAgreementDocuments(fresh, [...ANNOTATORS], undefined)
  const project = await fresh.readProject()
  const compute = await timed(() =>
    computeAgreement({
      annotators: [...ANNOTATORS],
      labels: project.labels,
      documents: read.map((document) => document.document),
    }),
  )
  // The review of the same project: its document list, then the majority pass over it.
  const reviewList = await timed(() => summarizeReview(fresh, [...ANNOTATORS]))
  const majority = await timed(() =>
    adjudicateMajority(fresh, { annotators: [...ANNOTATORS], reviewer: 'bench' }),
  )
  await rm(root, { recursive: true, force: true })
  const what = `${ANNOTATORS.length} annotators × ${DOCUMENTS.toLocaleString('en')} documents`
  return [
    {
      name: `agreement: ${what}, read + computed (gloss agree)`,
      value: report.ms,
      unit: 'ms',
      target: 'well under 5 s',
    },
    {
      name: `agreement: the same with per-document figures (view)`,
      value: overview.ms,
      unit: 'ms',
    },
    {
      name: `agreement: computing alone (${report.value.tokens} tokens)`,
      value: compute.ms,
      unit: 'ms',
    },
    { name: `review: document list, ${what}`, value: reviewList.ms, unit: 'ms' },
    {
      name: `review: majority pass, ${what} (${majority.value.written} gold files)`,
      value: majority.ms,
      unit: 'ms',
    },
  ]
}

// Ana and Ben share half their spans; Cem tags on his own: figures that are neither 0 nor 1.
function annotatorLayers(text: string, seed: number): Span[][] {
  const ana = syntheticSpans(text, SPANS, seed)
  const ben = [...ana.slice(0, SPANS / 2), ...syntheticSpans(text, SPANS / 2, seed + 1)]
  const cem = syntheticSpans(text, SPANS, seed + 2)
  return [ana, ben, cem]
}
