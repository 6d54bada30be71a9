import type { DatasetDocument, ParsedDocument } from '../../../../src-main/core/formats/dataset'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import type { DocumentEntry } from '../../../../src-main/core/project/project'
import type { Span } from '../../../../src-main/core/spans/span'
import { makeSpan } from '../spans/make-span'

const entry = (id: string, title: string, text: string): DocumentEntry => ({
  id,
  title,
  sourceName: `${id}.txt`,
  sha256: id.padEnd(64, '0'),
  length: text.length,
  added: '2024-05-02T10:00:00.000Z',
})

const spanOf = (id: string, text: string, part: string, extra: Partial<Span> = {}): Span => {
  const start = text.indexOf(part)
  if (start === -1) throw new Error(`"${part}" is not in the fixture text`)
  return makeSpan(id, text, start, start + part.length, extra)
}

/** Diacritics, a skin-toned emoji, mathematical bold (astral) letters and a line break. */
export const NEWS = 'Thủ tướng 👍🏻 cam kết giảm 5% thuế\n𝐂𝐋𝐄𝐀𝐍 năm 2025 🇻🇳 hết'
/** A second article: NFC Vietnamese only, annotated by one annotator. */
export const SHORT = 'Bộ Tài chính công bố số liệu: 76,000 người.'

/**
 * Two documents, two annotators, overlapping and nested spans, a span across the line
 * break (brat writes it in fragments), a span that is only an emoji, notes and attributes.
 */
export const DATASET: readonly DatasetDocument[] = [
  {
    entry: entry('aaaa1111bbbb2222', 'Thủ tướng cam kết', NEWS),
    text: NEWS,
    layers: [
      {
        annotator: 'lan',
        status: 'done',
        spans: [
          spanOf('s1', NEWS, 'cam kết', {
            label: 'commitment',
            note: 'rõ ràng',
            attributes: { certainty: 'high', score: 2, firm: true },
          }),
          spanOf('s2', NEWS, 'cam kết giảm 5% thuế\n𝐂𝐋𝐄𝐀𝐍', { label: 'claim' }),
          spanOf('s3', NEWS, 'giảm 5%', { label: 'statistic', note: 'số liệu 👍🏻' }),
          spanOf('s4', NEWS, '👍🏻', { label: 'claim' }),
          spanOf('s5', NEWS, '🇻🇳 hết', { label: 'claim' }),
        ],
      },
      {
        annotator: 'minh',
        status: 'in-progress',
        spans: [
          spanOf('m1', NEWS, 'tướng 👍🏻 cam kết', { label: 'claim' }),
          spanOf('m2', NEWS, 'cam kết', { label: 'commitment', attributes: { certainty: 'low' } }),
        ],
      },
    ],
  },
  {
    entry: entry('cccc3333dddd4444', 'Bộ Tài chính', SHORT),
    text: SHORT,
    layers: [
      {
        annotator: 'lan',
        status: 'todo',
        spans: [spanOf('s6', SHORT, '76,000 người', { label: 'statistic' })],
      },
    ],
  },
]

/** What carries across a format: offsets, label name, text, and notes/attributes where kept. */
export interface ComparableSpan {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
  readonly note?: string
  readonly attributes?: Readonly<Record<string, unknown>>
}

export interface Carried {
  readonly notes: boolean
  readonly attributes: boolean
}

const labelName = (id: string): string => DEFAULT_LABELS.find((l) => l.id === id)?.name ?? id

const sorted = (spans: ComparableSpan[]): ComparableSpan[] =>
  spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : 1))

/** The dataset's spans as `doc id/annotator → spans`, keeping what the format carries. */
export function expectedLayers(carried: Carried): Record<string, ComparableSpan[]> {
  const layers: Record<string, ComparableSpan[]> = {}
  for (const doc of DATASET) {
    for (const layer of doc.layers) {
      layers[`${doc.entry.id}/${layer.annotator}`] = sorted(
        layer.spans.map((span) => ({
          start: span.start,
          end: span.end,
          label: labelName(span.label),
          text: span.text,
          ...(carried.notes && span.note !== undefined && { note: span.note }),
          ...(carried.attributes &&
            span.attributes !== undefined && { attributes: span.attributes }),
        })),
      )
    }
  }
  return layers
}

/** Parsed documents as `doc id/annotator → spans`, the document found by its text or id. */
export function parsedLayers(
  documents: readonly ParsedDocument[],
  docId: (document: ParsedDocument) => string | undefined,
  carried: Carried,
): Record<string, ComparableSpan[]> {
  const layers: Record<string, ComparableSpan[]> = {}
  for (const document of documents) {
    if (document.spans.length === 0) continue
    const key = `${docId(document) ?? '?'}/${document.annotator ?? '?'}`
    layers[key] = sorted([
      ...(layers[key] ?? []),
      ...document.spans.map((span) => ({
        start: span.start,
        end: span.end,
        label: span.label,
        text: span.text ?? '',
        ...(carried.notes && span.note !== undefined && { note: span.note }),
        ...(carried.attributes && span.attributes !== undefined && { attributes: span.attributes }),
      })),
    ])
  }
  return layers
}

/** The dataset document with this text, by id. */
export const idByText = (document: ParsedDocument): string | undefined =>
  DATASET.find((doc) => doc.text === document.text)?.entry.id
