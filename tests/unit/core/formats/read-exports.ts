import type { ExportFile, ExportFormat } from '../../../../src-main/core/formats/dataset'
import type { OffsetUnit } from '../../../../src-main/core/text/offsets'

/**
 * One span, token or comment-thread target read back from an export: the text its offsets
 * cut, and what the file says.
 */
export type Slice = readonly [
  kind: 'span' | 'token' | 'comment',
  sliced: string,
  claimed: string | null,
]

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** `text` cut at `start`–`end` counted in `unit`, by each unit's own rules (not Gloss's converter). */
export function cut(text: string, start: number, end: number, unit: OffsetUnit): string {
  if (unit === 'codepoints') return Array.from(text).slice(start, end).join('')
  if (unit === 'utf16') return text.slice(start, end)
  return decoder.decode(encoder.encode(text).subarray(start, end))
}

interface Offsets {
  readonly start: number
  readonly end: number
}
interface JsonlLine {
  readonly text: string
  readonly spans: readonly (Offsets & { readonly text: string })[]
  readonly comments: readonly { readonly target: Offsets & { readonly text: string } }[]
}
interface DoccanoLine {
  readonly text: string
  readonly label: readonly (readonly [number, number, string])[]
}
interface SpacyLine {
  readonly text: string
  readonly tokens: readonly (Offsets & { readonly text: string })[]
  readonly spans: readonly Offsets[]
}
interface LabelStudioTask {
  readonly data: { readonly text: string }
  readonly annotations: readonly {
    readonly result: readonly { readonly value: Offsets & { readonly text: string } }[]
  }[]
}
interface W3cCollection {
  readonly first: {
    readonly items: readonly {
      readonly target: {
        readonly source: string
        readonly selector: readonly [Offsets, { readonly exact: string }]
      }
    }[]
  }
}

function lines<T>(content: string): T[] {
  return content
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T)
}

const only = (files: readonly ExportFile[], suffix: string): string =>
  files.find((file) => file.path.endsWith(suffix))?.content ?? ''

/** Every span (and token) of an export, sliced in `unit`; the TypeScript twin of slice_exports.py. */
export function readSlices(
  format: ExportFormat,
  unit: OffsetUnit,
  files: readonly ExportFile[],
  texts: Readonly<Record<string, string>>,
): Slice[] {
  const out: Slice[] = []
  const span = (text: string, start: number, end: number, claimed: string | null): void => {
    out.push(['span', cut(text, start, end, unit), claimed])
  }
  if (format === 'jsonl') {
    for (const doc of lines<JsonlLine>(only(files, '.jsonl'))) {
      for (const s of doc.spans) span(doc.text, s.start, s.end, s.text)
      for (const { target: t } of doc.comments) {
        out.push(['comment', cut(doc.text, t.start, t.end, unit), t.text])
      }
    }
  } else if (format === 'doccano') {
    for (const doc of lines<DoccanoLine>(only(files, '.jsonl'))) {
      for (const [start, end] of doc.label) span(doc.text, start, end, null)
    }
  } else if (format === 'spacy') {
    for (const doc of lines<SpacyLine>(only(files, '.jsonl'))) {
      for (const t of doc.tokens) out.push(['token', cut(doc.text, t.start, t.end, unit), t.text])
      for (const s of doc.spans) span(doc.text, s.start, s.end, null)
    }
  } else if (format === 'brat') {
    for (const ann of files.filter((file) => file.path.endsWith('.ann'))) {
      const text = files.find((file) => file.path === ann.path.replace(/\.ann$/u, '.txt'))
      for (const line of ann.content.split('\n').filter((l) => l.startsWith('T'))) {
        const [, middle = '', claimed = ''] = line.split('\t')
        const fragments = middle.slice(middle.indexOf(' ') + 1).split(';')
        const pieces = fragments.map((fragment) => {
          const [start, end] = fragment.split(' ').map(Number)
          return cut(text?.content ?? '', start ?? 0, end ?? 0, unit)
        })
        out.push(['span', pieces.join(' '), claimed])
      }
    }
  } else if (format === 'labelstudio') {
    for (const task of JSON.parse(only(files, '.json')) as LabelStudioTask[]) {
      for (const annotation of task.annotations) {
        for (const { value } of annotation.result) {
          span(task.data.text, value.start, value.end, value.text)
        }
      }
    }
  } else if (format === 'w3c') {
    const collection = JSON.parse(only(files, '.jsonld')) as W3cCollection
    for (const { target } of collection.first.items) {
      const text = texts[target.source.split(':').pop() ?? ''] ?? ''
      const [position, quote] = target.selector
      span(text, position.start, position.end, quote.exact)
    }
  } else if (format === 'csv') {
    for (const row of parseCsv(only(files, '.csv').replace(/^\ufeff/u, '')).slice(1)) {
      span(texts[row[0] ?? ''] ?? '', Number(row[4]), Number(row[5]), row[6] ?? '')
    }
  }
  return out
}

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        field += ch
      }
    } else if (ch === '"') {
      quoted = true
    } else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && content[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += ch
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
