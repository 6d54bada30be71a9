import { describe, expect, it } from 'vitest'

import type {
  AnnotationImportFormat,
  ParsedDocument,
} from '../../../../src-main/core/formats/dataset'
import { EXPORTERS } from '../../../../src-main/core/formats/exporters'
import { PARSERS } from '../../../../src-main/core/formats/parsers'
import { w3cDocumentId } from '../../../../src-main/core/formats/parse-w3c'
import { anchorW3cDocument } from '../../../../src-main/core/formats/parse-w3c-anchor'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import type { OffsetUnit } from '../../../../src-main/core/text/offsets'
import { DATASET, expectedLayers, idByText, parsedLayers, type Carried } from './round-trip-fixture'

const UNITS: readonly OffsetUnit[] = ['codepoints', 'utf16', 'bytes']
const CARRIES: Readonly<Record<AnnotationImportFormat, Carried>> = {
  jsonl: { notes: true, attributes: true },
  doccano: { notes: false, attributes: false },
  brat: { notes: true, attributes: true },
  labelstudio: { notes: true, attributes: false },
  w3c: { notes: true, attributes: false },
}

// Export with the exporter, read back with the parser, in the same unit. W3C documents come
// back without text and are anchored on the dataset's text, as the services do.
function roundTrip(format: AnnotationImportFormat, unit: OffsetUnit) {
  const output = EXPORTERS[format](DATASET, {
    offsets: unit,
    labels: DEFAULT_LABELS,
    projectName: 'Thời sự',
  })
  const files = output.files
    .filter((f) => !f.path.endsWith('.label-config.xml'))
    .map((f) => ({ name: f.path, text: f.content }))
  const parsed = PARSERS[format](files, unit)
  if (format !== 'w3c')
    return { documents: parsed.documents, problems: parsed.problems, docId: idByText }
  const problems = [...parsed.problems]
  const documents: ParsedDocument[] = parsed.documents.map((document) => {
    const id = w3cDocumentId(document.sourceId)
    const text = DATASET.find((doc) => doc.entry.id === id)?.text ?? ''
    const anchored = anchorW3cDocument(document, text, unit)
    problems.push(...anchored.problems)
    return anchored.document
  })
  return { documents, problems, docId: (d: ParsedDocument) => w3cDocumentId(d.sourceId) }
}

describe.each(Object.keys(CARRIES) as AnnotationImportFormat[])('%s export → parser', (format) => {
  it.each(UNITS)('brings back every span, offsets in %s', (unit) => {
    const { documents, problems, docId } = roundTrip(format, unit)
    expect(problems).toEqual([])
    expect(parsedLayers(documents, docId, CARRIES[format])).toEqual(expectedLayers(CARRIES[format]))
  })
})

describe('status round trip', () => {
  it.each(['jsonl', 'doccano'] as const)("%s brings back each annotator's status", (format) => {
    const { documents } = roundTrip(format, 'codepoints')
    expect(documents.map((d) => [idByText(d), d.annotator, d.status])).toEqual([
      ['aaaa1111bbbb2222', 'lan', 'done'],
      ['aaaa1111bbbb2222', 'minh', 'in-progress'],
      ['cccc3333dddd4444', 'lan', 'todo'],
    ])
  })
})

describe('brat with one annotator', () => {
  it('writes no subfolders, so the spans come back without an annotator name', () => {
    const one = DATASET.map((doc) => ({
      ...doc,
      layers: doc.layers.filter((l) => l.annotator === 'lan'),
    }))
    const output = EXPORTERS.brat(one, {
      offsets: 'codepoints',
      labels: DEFAULT_LABELS,
      projectName: 'p',
    })
    const parsed = PARSERS.brat(
      output.files.map((f) => ({ name: f.path, text: f.content })),
      'codepoints',
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.documents.map((d) => [d.sourceId, d.annotator, d.spans.length])).toEqual([
      ['aaaa1111bbbb2222', undefined, 5],
      ['cccc3333dddd4444', undefined, 1],
    ])
  })
})
