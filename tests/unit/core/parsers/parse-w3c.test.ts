import { describe, expect, it } from 'vitest'

import { parseW3c, w3cDocumentId } from '../../../../src-main/core/formats/parse-w3c'
import { anchorW3cDocument } from '../../../../src-main/core/formats/parse-w3c-anchor'
import { file, jsonl, VI } from './fixtures'

const SOURCE = 'urn:gloss:doc:aaaa1111bbbb2222'
const annotation = (start: unknown, end: unknown, label: string, exact: string, more = {}) => ({
  id: `urn:gloss:span:lan:${label}`,
  type: 'Annotation',
  creator: { type: 'Person', nickname: 'lan' },
  body: [{ type: 'TextualBody', purpose: 'tagging', value: label }],
  target: {
    source: SOURCE,
    selector: [
      { type: 'TextPositionSelector', start, end },
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    ],
  },
  ...more,
})
const collection = (items: unknown[]) => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  first: { type: 'AnnotationPage', items },
})
const parse = (value: unknown) =>
  parseW3c([file('p.jsonld', JSON.stringify(value, null, 2))], 'codepoints')

describe('parseW3c', () => {
  it('returns unanchored documents by source and creator: positions as written, exact as text', () => {
    const withNote = annotation(13, 20, 'Commitment', 'cam kết', {
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Commitment' },
        { type: 'TextualBody', purpose: 'commenting', value: 'rõ ràng' },
      ],
    })
    const other = annotation(21, 28, 'Statistic', 'giảm 5%', { creator: { nickname: 'minh' } })
    expect(parse(collection([withNote, other]))).toEqual({
      documents: [
        {
          text: '',
          sourceId: SOURCE,
          annotator: 'lan',
          spans: [
            {
              start: 13,
              end: 20,
              label: 'Commitment',
              text: 'cam kết',
              note: 'rõ ràng',
              where: 'annotation 1',
            },
          ],
          where: 'p.jsonld',
        },
        {
          text: '',
          sourceId: SOURCE,
          annotator: 'minh',
          spans: [
            { start: 21, end: 28, label: 'Statistic', text: 'giảm 5%', where: 'annotation 2' },
          ],
          where: 'p.jsonld',
        },
      ],
      problems: [],
    })
  })

  it('reads JSON Lines with one annotation per line, reporting bad lines by number', () => {
    const text = `${jsonl(annotation(13, 20, 'Commitment', 'cam kết'))}{"type":\n${jsonl(annotation(21, 28, 'Statistic', 'giảm 5%'))}`
    const { documents, problems } = parseW3c([file('a.jsonl', text)], 'codepoints')
    expect(problems).toEqual([
      { file: 'a.jsonl', line: 2, message: 'bad JSON on line 2: Unexpected end of JSON input' },
    ])
    expect(documents[0]?.spans.map((s) => s.where)).toEqual(['line 1', 'line 3'])
  })

  it('reads a single annotation, a bare list, and a collection with items', () => {
    const one = annotation(13, 20, 'Commitment', 'cam kết')
    expect(
      [one, [one, one], { type: 'AnnotationCollection', items: [one] }].map(
        (v) => parse(v).documents[0]?.spans.length,
      ),
    ).toEqual([1, 2, 1])
  })

  it('reports an annotation without a TextPositionSelector: quotes alone are not anchored', () => {
    const quoteOnly = annotation(0, 0, 'Claim', 'x', {
      target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'cam kết' } },
    })
    expect(parse(collection([quoteOnly])).problems).toEqual([
      {
        file: 'p.jsonld',
        where: 'annotation 1',
        message: 'annotation 1: has no TextPositionSelector',
      },
    ])
  })

  it('reports annotations without a label, a target or a source, and keeps the others', () => {
    const { documents, problems } = parse(
      collection([
        annotation(13, 20, 'Commitment', 'cam kết', {
          body: { type: 'TextualBody', purpose: 'commenting', value: 'x' },
        }),
        annotation(13, 20, 'Commitment', 'cam kết', { target: undefined }),
        annotation(13, 20, 'Commitment', 'cam kết', { target: { selector: [] } }),
        annotation(13, '20', 'Commitment', 'cam kết'),
        annotation(21, 28, 'Statistic', 'giảm 5%'),
      ]),
    )
    expect(problems.map((p) => p.message)).toEqual([
      'annotation 1: has no TextualBody with purpose "tagging" (the label)',
      'annotation 2: has no target',
      'annotation 3: its target has no "source" naming the document',
      'annotation 4: its TextPositionSelector\'s offsets 13–"20" are not whole numbers',
    ])
    expect(documents[0]?.spans.map((s) => s.label)).toEqual(['Statistic'])
  })

  it('reports JSON that holds no annotations', () => {
    expect(parse({ hello: 'world' }).problems.map((p) => p.message)).toEqual([
      'expected a W3C AnnotationCollection, AnnotationPage or Annotation, found {"hello":"world"}',
    ])
  })

  it('finds the Gloss document id in a Gloss source, and nothing in other sources', () => {
    expect([SOURCE, 'file:///a1.html', undefined].map(w3cDocumentId)).toEqual([
      'aaaa1111bbbb2222',
      undefined,
      undefined,
    ])
  })
})

describe('anchorW3cDocument', () => {
  const parsed = (items: unknown[]) => parse(collection(items)).documents[0]!

  it.each([
    ['codepoints', 13, 20],
    ['utf16', 15, 22],
    ['bytes', 24, 33],
  ] as const)('converts %s positions against the project text', (unit, start, end) => {
    const { document, problems } = anchorW3cDocument(
      parsed([annotation(start, end, 'Commitment', 'cam kết')]),
      VI,
      unit,
    )
    expect(problems).toEqual([])
    expect(document).toEqual({
      text: VI,
      sourceId: SOURCE,
      annotator: 'lan',
      spans: [{ start: 15, end: 22, label: 'Commitment', text: 'cam kết', where: 'annotation 1' }],
      where: 'p.jsonld',
    })
  })

  it('skips spans whose exact quote is not what their position covers, naming file and annotation', () => {
    const doc = parsed([
      annotation(13, 20, 'Commitment', 'cam ket'),
      annotation(21, 28, 'Statistic', 'giảm 5%'),
    ])
    const { document, problems } = anchorW3cDocument(doc, VI, 'codepoints')
    expect(problems).toEqual([
      {
        file: 'p.jsonld',
        where: 'annotation 1',
        message: 'annotation 1: offsets 13–20 cover "cam kết" but the file says "cam ket"',
      },
    ])
    expect(document.spans.map((s) => s.label)).toEqual(['Statistic'])
  })

  it('gives the line of a JSON Lines annotation that does not fit the text', () => {
    const [doc] = parseW3c(
      [file('a.jsonl', jsonl(annotation(1, 2, 'A', 'h'), annotation(30, 99, 'B', 'x')))],
      'codepoints',
    ).documents
    expect(anchorW3cDocument(doc!, VI, 'codepoints').problems).toEqual([
      {
        file: 'a.jsonl',
        line: 2,
        where: 'line 2',
        message: 'line 2: offsets 30–99 are outside the text (0–33 code points)',
      },
    ])
  })
})
