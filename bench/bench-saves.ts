import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

import { dispatch } from '../src-main/contract/dispatch'
import type { Handlers } from '../src-main/contract/endpoints'
import type { Span } from '../src-main/core/spans/span'
import { ANNOTATION_FILE } from '../src-main/services/project/file-kinds'
import { jsonFiles } from '../src-main/services/storage/json-file'
import { editLogPath } from '../src-main/services/storage/edit-log'
import { textOfLength } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, medianFigure, percentile, timed } from './timing'

const SPANS = 20_000
// More than twice the edits after which the log is folded: the p99 includes saves that wait
// for a fold.
const SAVES = 600

/** One span saved at a time through the contract (validation included), as the app saves. */
async function saveEach(handlers: Handlers, docId: string, spans: readonly Span[]) {
  const times: number[] = []
  for (const span of spans) {
    const changes = { created: [span], updated: [], deleted: [] }
    const started = performance.now()
    const result = await dispatch(handlers, 'applySpanChanges', { docId, changes })
    times.push(performance.now() - started)
    if (!result.ok) throw new Error(`bench: a save failed: ${result.error.message}`)
  }
  return times
}

const round = (ms: number): number => Math.round(ms * 100) / 100

/**
 * The book-length case (DESIGN.md §7): a 1,000,000-character article, 20,000 spans saved at
 * once and read back, then 600 saves of one span each on that file: p50 and p99 (targets
 * ≤ 5 ms and ≤ 20 ms), what one writes, and what folding the logged edits in costs.
 */
export async function benchBigDocument(handlers: Handlers, dir: string): Promise<Figure[]> {
  const text = textOfLength(1_000_000)
  await handlers.importUploads({
    files: [{ name: 'one-million.txt', base64: Buffer.from(text).toString('base64') }],
  })
  const entry = (await handlers.listDocuments({})).find((item) => item.length === text.length)
  if (!entry) throw new Error('bench: the 1M-character article was not imported')
  const all = syntheticSpans(text, SPANS + SAVES)
  const first = all.slice(0, SPANS)
  const saved = await timed(() =>
    handlers.applySpanChanges({
      docId: entry.id,
      changes: { created: first, updated: [], deleted: [] },
    }),
  )
  const file = join(dir, 'annotations', 'bench', `${entry.id}.json`)
  const bytes = (await readFile(file)).length
  const reread = await timed(() => handlers.getDocument({ docId: entry.id }))

  const log = editLogPath(file)
  const [one, two, ...rest] = all.slice(SPANS)
  const times = await saveEach(handlers, entry.id, [one as Span])
  const logged = (await stat(log)).size
  times.push(...(await saveEach(handlers, entry.id, [two as Span])))
  const perSave = (await stat(log)).size - logged
  times.push(...(await saveEach(handlers, entry.id, rest)))
  const fold = await timed(() => jsonFiles.editable(file, ANNOTATION_FILE).fold())
  const held = (await handlers.getDocument({ docId: entry.id })).annotations.spans.length
  if (held !== SPANS + SAVES) throw new Error(`bench: ${held} spans held after the saves`)
  return [
    { name: 'services: save 20,000 spans on a 1M-char article', value: saved.ms, unit: 'ms' },
    { name: 'services: read that article and its 20,000 spans', value: reread.ms, unit: 'ms' },
    { name: 'services: its annotations file', value: Math.round(bytes / 1024), unit: 'KiB' },
    {
      name: `services: save one span at 20,000 spans, p50 of ${SAVES}`,
      value: round(percentile(times, 0.5)),
      unit: 'ms',
      target: '≤ 5 ms',
    },
    {
      name: `services: save one span at 20,000 spans, p99 of ${SAVES}`,
      value: round(percentile(times, 0.99)),
      unit: 'ms',
      target: '≤ 20 ms',
    },
    {
      name: `services: save one span at 20,000 spans, slowest of ${SAVES}`,
      value: round(Math.max(...times)),
      unit: 'ms',
    },
    {
      name: 'services: bytes written per one-span save (edit log)',
      value: perSave,
      unit: 'B',
      target: 'what the span costs, not the file',
    },
    { name: `services: fold ${SAVES} logged edits into the file`, value: fold.ms, unit: 'ms' },
  ]
}

/** Saves on a small annotations file (a news article): rewritten whole, which costs as little. */
export async function benchSmallSaves(handlers: Handlers, docId: string, text: string) {
  const spans = syntheticSpans(text, 50, 11).map((span, n) => ({ ...span, id: `small-${n}` }))
  const times = await saveEach(handlers, docId, spans)
  return medianFigure('services: save one span on a news article', times, 'ms')
}
