import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import { searchDocument, type SearchLayer } from '../../../../src-main/core/search/search-document'
import { parseSearchQuery } from '../../../../src-main/core/search/search-query'
import type { Span } from '../../../../src-main/core/spans/span'
import { phraseSpan } from '../../../support/phrase-span'

const TEXT =
  'Organisers said 👨‍👩‍👧‍👦 families came. Hà Nội cam kết tăng cường hợp tác. The VISA rules, visa abuse.'

const spanOver = (phrase: string, label: string, id: string, note?: string): Span => ({
  ...phraseSpan(TEXT, phrase, label, id),
  ...(note !== undefined && { note }),
})

const LAYERS: SearchLayer[] = [
  {
    annotator: 'ana',
    status: 'done',
    spans: [
      spanOver('👨‍👩‍👧‍👦 families', 'statistic', 'a1', 'Check the count'),
      spanOver('Hà Nội cam kết', 'commitment', 'a2'),
    ],
  },
  { annotator: 'bob', status: 'in-progress', spans: [spanOver('visa abuse', 'claim', 'b1')] },
]

const search = (input: string, layers = LAYERS, me = 'ana') => {
  const parsed = parseSearchQuery(input)
  if (!parsed.ok) throw new Error(parsed.problem)
  return searchDocument(TEXT, layers, parsed.query, { labels: DEFAULT_LABELS, me })
}

describe('searching one document', () => {
  it('finds every match of a word in the text, any case, at UTF-16 offsets', () => {
    expect(search('visa')).toEqual([
      { start: 82, end: 86, span: null },
      { start: 94, end: 98, span: null },
    ])
    expect(TEXT.slice(82, 86)).toBe('VISA')
  })

  it('counts diacritics: "ha noi" does not find "Hà Nội", "nội" does', () => {
    expect(search('"ha noi"')).toEqual([])
    const [hit] = search('nội')
    expect(hit && TEXT.slice(hit.start, hit.end)).toBe('Nội')
    expect(hit?.start).toBe(46)
  })

  it('gives offsets after an emoji sequence in UTF-16 units', () => {
    expect(search('families')).toEqual([{ start: 28, end: 36, span: null }])
  })

  it('finds the words typed as one phrase, not each word apart', () => {
    expect(search('visa abuse')).toEqual([{ start: 94, end: 104, span: null }])
  })

  it('needs every quoted term: a missing one means no hit', () => {
    expect(search('visa "ministry"')).toEqual([])
    expect(search('visa "cam kết"').map((hit) => hit.start)).toEqual([50, 82, 94])
  })

  it('finds spans by label name in any case, across annotators', () => {
    expect(search('label:STATISTIC')).toEqual([
      { start: 16, end: 36, span: { id: 'a1', annotator: 'ana', label: 'statistic' } },
    ])
  })

  it("finds spans by annotator, with words inside the span's text", () => {
    expect(search('annotator:bob abuse')).toEqual([
      { start: 94, end: 104, span: { id: 'b1', annotator: 'bob', label: 'claim' } },
    ])
    expect(search('annotator:bob families')).toEqual([])
  })

  it('finds spans by a word of their note', () => {
    expect(search('note:count').map((hit) => hit.span?.id)).toEqual(['a1'])
  })

  it("keeps the document by the current annotator's status when no annotator is named", () => {
    expect(search('status:done visa').length).toBe(2)
    expect(search('status:done visa', LAYERS, 'bob')).toEqual([])
  })

  it("keeps the document by a named annotator's status; no file counts as to do", () => {
    expect(search('status:in-progress annotator:bob').map((hit) => hit.span?.id)).toEqual(['b1'])
    expect(search('status:todo', [], 'carol')).toEqual([{ start: 0, end: 0, span: null }])
  })

  it('finds nothing for an empty query', () => {
    expect(search('   ')).toEqual([])
  })
})
