import { describe, expect, it } from 'vitest'

import { exportW3c } from '../../../../src-main/core/formats/export-w3c'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

interface Collection {
  readonly first: { readonly items: readonly Record<string, unknown>[] }
  readonly [key: string]: unknown
}

const collection = (output: ReturnType<typeof exportW3c>): Collection =>
  JSON.parse(output.files[0]?.content ?? '') as Collection

describe('exportW3c', () => {
  it('writes an AnnotationCollection with one page holding every annotation', () => {
    const text = 'a b'
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s1', text, 0, 1)])])
    const output = exportW3c([doc], options({ projectName: 'Tin tức' }))
    expect(output.files.map((file) => file.path)).toEqual(['Tin tức.jsonld'])
    const { first, ...head } = collection(output)
    expect(head).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:gloss:export:Tin%20t%E1%BB%A9c',
      type: 'AnnotationCollection',
      label: 'Tin tức',
      total: 1,
    })
    expect({ ...first, items: first.items.length }).toEqual({
      id: 'urn:gloss:export:Tin%20t%E1%BB%A9c:page:0',
      type: 'AnnotationPage',
      startIndex: 0,
      items: 1,
    })
    expect(output.warnings).toEqual([])
  })

  it('writes a tagging body, a commenting body for the note, creator and both selectors', () => {
    const text = '👍🏽 Hà Nội'
    const span = spanOn('s1', text, 'Nội', { note: 'city', label: 'statistic' })
    const doc = datasetDoc('d1', text, [layer('lan', [span])])
    expect(collection(exportW3c([doc], options())).first.items).toEqual([
      {
        id: 'urn:gloss:span:lan:s1',
        type: 'Annotation',
        creator: { type: 'Person', nickname: 'lan' },
        created: '2024-05-02T10:00:00.000Z',
        modified: '2024-05-02T10:00:00.000Z',
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'Statistic' },
          { type: 'TextualBody', purpose: 'commenting', value: 'city' },
        ],
        target: {
          source: 'urn:gloss:doc:d1',
          selector: [
            { type: 'TextPositionSelector', start: 6, end: 9 },
            { type: 'TextQuoteSelector', exact: 'Nội', prefix: '👍🏽 Hà ', suffix: '' },
          ],
        },
      },
    ])
  })

  it('gives up to 32 code points of prefix and suffix', () => {
    const text = `${'x'.repeat(40)}[mid]${'y'.repeat(40)}`
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s1', text, '[mid]')])])
    const item = collection(exportW3c([doc], options())).first.items[0] as {
      target: { selector: readonly unknown[] }
    }
    expect(item.target.selector[1]).toEqual({
      type: 'TextQuoteSelector',
      exact: '[mid]',
      prefix: 'x'.repeat(32),
      suffix: 'y'.repeat(32),
    })
  })

  it('never starts or ends the quote context inside an emoji sequence or accented letter', () => {
    const family = '👨‍👩‍👧‍👦'
    const text = `${family}${'a'.repeat(30)}[m]${'b'.repeat(30)}e\u0301${family}`
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s1', text, '[m]')])])
    const item = collection(exportW3c([doc], options())).first.items[0] as {
      target: { selector: readonly { prefix?: string; suffix?: string }[] }
    }
    expect(item.target.selector[1]?.prefix).toBe('a'.repeat(30))
    expect(item.target.selector[1]?.suffix).toBe(`${'b'.repeat(30)}e\u0301`)
  })

  it('keys annotations by annotator and span id, so a gold copy of a span stays distinct', () => {
    const text = 'a'
    const doc = datasetDoc('d1', text, [
      layer('lan', [makeSpan('same', text, 0, 1)]),
      layer('_gold', [makeSpan('same', text, 0, 1)]),
    ])
    const ids = collection(exportW3c([doc], options())).first.items.map((item) => item['id'])
    expect(ids).toEqual(['urn:gloss:span:_gold:same', 'urn:gloss:span:lan:same'])
  })

  it('warns when positions are not code points, as the model requires', () => {
    const doc = datasetDoc('d1', 'a')
    expect(exportW3c([doc], options({ offsets: 'utf16' })).warnings).toEqual([
      'W3C Web Annotation positions should count Unicode code points; these count UTF-16 code units as asked.',
    ])
  })

  it('prints many annotations exactly as JSON.stringify with two-space indentation does', () => {
    const text = 'Hà Nội 🙂 said 76,000. '.repeat(300)
    const spans = Array.from({ length: 2_500 }, (_, n) => makeSpan(`s${n}`, text, n, n + 3))
    const doc = datasetDoc('d1', text, [
      layer(
        'lan',
        spans.filter((span) => !splitsPair(text, span)),
      ),
    ])
    const content = exportW3c([doc], options()).files[0]?.content ?? ''
    const parsed = collection({ files: [{ path: 'x', content }], warnings: [] })
    expect(content).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
    expect(parsed.first.items.length).toBe(parsed.total)
  })
})

const splitsPair = (text: string, span: { start: number; end: number }): boolean =>
  [span.start, span.end].some((at) => /[\udc00-\udfff]/u.test(text.charAt(at)))
