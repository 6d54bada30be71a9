import type { ExportFile, ExportFormat } from '../../../src-main/core/formats/dataset'

/** What the export child writes: a format, where, and how large a dataset. */
export interface ExportGo {
  readonly format: Extract<ExportFormat, 'brat' | 'jsonl' | 'labelstudio'>
  readonly out: string
  readonly documents: number
}

const LINE = 'The ministry said the ferry crossed the channel at dawn. '

/**
 * A large dataset in the shape each format's exporter gives: brat a `.txt` and an `.ann` per
 * document, JSONL one file, Label Studio tasks and their labelling config beside them. The
 * same `go` gives the same files, so the harness knows exactly what a complete export holds.
 */
export function exportDataset({ format, documents }: ExportGo): ExportFile[] {
  const text = (i: number) => `${i}. ${LINE.repeat(20)}\n`
  const ids = Array.from({ length: documents }, (_, i) => i)
  if (format === 'brat') {
    return ids.flatMap((i) => [
      { path: `doc-${i}.txt`, content: text(i) },
      { path: `doc-${i}.ann`, content: `T1\tclaim 0 5\t${text(i).slice(0, 5)}\n` },
    ])
  }
  const lines = ids.map((i) => JSON.stringify({ id: i, text: text(i), spans: [[0, 5, 'claim']] }))
  const main = { path: 'demo.jsonl', content: `${lines.join('\n')}\n` }
  if (format === 'jsonl') return [main]
  return [
    { path: 'demo.labelstudio.json', content: `[${lines.join(',\n')}]\n` },
    { path: 'demo.label-config.xml', content: '<View><Labels name="label"/></View>\n' },
  ]
}
