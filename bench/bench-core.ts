import { DEFAULT_LABELS } from '../src-main/core/labels/label'
import { type DatasetDocument, EXPORT_FORMATS } from '../src-main/core/formats/dataset'
import { EXPORTERS } from '../src-main/core/formats/exporters'
import { createOffsetConverter } from '../src-main/core/text/offsets'
import { benchFind } from './bench-find'
import { benchReanchor } from './bench-reanchor'
import { textOfLength } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, medianFigure, timed } from './timing'

const stamp = '2026-11-23T00:00:00.000Z'
const EXPORT_RUNS = 3

/** Offsets and export on the DESIGN.md §7 sizes: 1M characters, 20k spans, 100k exported. */
export async function benchCore(): Promise<Figure[]> {
  const text = textOfLength(1_000_000)
  const spans = syntheticSpans(text, 20_000)
  const converter = await timed(() => createOffsetConverter(text))
  const conversions = await timed(() => {
    let sum = 0
    for (const span of spans) sum += converter.value.fromUtf16(span.start, 'codepoints')
    return sum
  })
  const docs: DatasetDocument[] = Array.from({ length: 5 }, (_, i) => ({
    entry: {
      id: `${i}`.padStart(16, 'a'),
      title: `Document ${i}`,
      sourceName: `doc-${i}.txt`,
      sha256: '0'.repeat(64),
      length: text.length,
      added: stamp,
    },
    text,
    layers: [{ annotator: 'bench', status: 'in-progress', spans }],
  }))
  const options = { offsets: 'codepoints', labels: DEFAULT_LABELS, projectName: 'bench' } as const
  const exported = await timed(() => EXPORTERS.jsonl(docs, options).files[0]?.content ?? '')
  const perFormat: Figure[] = []
  for (const format of EXPORT_FORMATS) {
    const runs: number[] = []
    for (let n = 0; n < EXPORT_RUNS; n++) {
      runs.push((await timed(() => EXPORTERS[format](docs, options))).ms)
    }
    perFormat.push(medianFigure(`core: export ${format}, 100,000 spans`, runs, 'ms', '≤ 1 s'))
  }
  return [
    { name: 'core: offset converter for a 1,000,000-char text', value: converter.ms, unit: 'ms' },
    { name: 'core: 20,000 UTF-16 → code point conversions', value: conversions.ms, unit: 'ms' },
    {
      name: 'core: exportJsonl, 5 × 1M chars, 100,000 spans',
      value: exported.ms,
      unit: 'ms',
      target: 'seconds, not minutes',
    },
    {
      name: 'core: exported JSONL size',
      value: Math.round(exported.value.length / 1024 / 1024),
      unit: 'MiB',
    },
    ...perFormat,
    ...(await benchFind(text)),
    ...(await benchReanchor()),
  ]
}
