import { describe, expect, it } from 'vitest'

import { exportSpacy } from '../../../../src-main/core/formats/export-spacy'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

interface Line {
  readonly text: string
  readonly tokens: readonly { text: string; start: number; end: number; id: number; ws: boolean }[]
  readonly spans: readonly Record<string, unknown>[]
  readonly meta: Record<string, unknown>
}

const lines = (output: ReturnType<typeof exportSpacy>): Line[] =>
  (output.files[0]?.content ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line)

describe('exportSpacy', () => {
  it('writes text, tokens with ws, spans with token indices, and meta, in code points', () => {
    const text = '👍🏽 Hà Nội.'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Hà Nội')])], 'Tin')
    const output = exportSpacy([doc], options())
    expect(output.files.map((file) => file.path)).toEqual(['P.spacy.jsonl'])
    expect(lines(output)).toEqual([
      {
        text,
        tokens: [
          { text: '👍🏽', start: 0, end: 2, id: 0, ws: true },
          { text: 'Hà', start: 3, end: 5, id: 1, ws: true },
          { text: 'Nội', start: 6, end: 9, id: 2, ws: false },
          { text: '.', start: 9, end: 10, id: 3, ws: false },
        ],
        spans: [{ start: 3, end: 9, label: 'Claim', token_start: 1, token_end: 2 }],
        meta: {
          id: 'd1',
          title: 'Tin',
          annotator: 'lan',
          status: 'done',
          offsetUnit: 'codepoints',
        },
      },
    ])
    expect(output.warnings).toEqual([])
  })

  it('splits a token a span edge falls inside, so the span keeps its exact offsets', () => {
    const text = 'cheered loudly'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'cheer')])])
    const output = exportSpacy([doc], options())
    const [line] = lines(output)
    expect(line?.tokens.map((token) => token.text)).toEqual(['cheer', 'ed', 'loudly'])
    expect(line?.spans).toEqual([
      { start: 0, end: 5, label: 'Claim', token_start: 0, token_end: 0 },
    ])
    expect(output.warnings).toEqual([
      '1 span began or ended inside a word: the word was split into two tokens there.',
    ])
  })

  it('keeps a span that starts in whitespace, with the tokens inside it, and says so', () => {
    const text = 'a  b c'
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s', text, 2, 6)])])
    const output = exportSpacy([doc], options())
    expect(lines(output)[0]?.spans).toEqual([
      { start: 2, end: 6, label: 'Claim', token_start: 1, token_end: 2 },
    ])
    expect(output.warnings).toEqual([
      '1 span began or ended in whitespace: the tokens inside it were used.',
    ])
  })

  it('leaves out a span of only whitespace, and says so', () => {
    const text = 'a  b'
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s', text, 1, 3)])])
    const output = exportSpacy([doc], options())
    expect(lines(output)[0]?.spans).toEqual([])
    expect(output.warnings).toEqual(['1 span covered only whitespace, so no token: left out.'])
  })

  it('writes one line per annotator layer and one for a document nobody annotated', () => {
    const text = 'a b'
    const docs = [
      datasetDoc('d1', text, [
        layer('minh', [makeSpan('m', text, 2, 3)]),
        layer('lan', [makeSpan('l', text, 0, 1)], 'todo'),
      ]),
      datasetDoc('d2', 'c'),
    ]
    expect(lines(exportSpacy(docs, options())).map((line) => line.meta)).toEqual([
      { id: 'd1', title: 'Doc d1', annotator: 'lan', status: 'todo', offsetUnit: 'codepoints' },
      { id: 'd1', title: 'Doc d1', annotator: 'minh', status: 'done', offsetUnit: 'codepoints' },
      { id: 'd2', title: 'Doc d2', annotator: null, status: null, offsetUnit: 'codepoints' },
    ])
  })

  it('counts token and span offsets in UTF-16 units when asked', () => {
    const text = '👍🏽 Hà'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Hà')])])
    const [line] = lines(exportSpacy([doc], options({ offsets: 'utf16' })))
    expect(line?.tokens.map((token) => [token.start, token.end])).toEqual([
      [0, 4],
      [5, 7],
    ])
    expect(line?.spans[0]).toMatchObject({ start: 5, end: 7 })
  })

  it('writes a long document exactly as JSON.stringify prints the line, token ids running on', () => {
    const text = 'Hà Nội 🙂 said 76,000. '.repeat(1_000)
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s1', text, 3, 6)])])
    const content = exportSpacy([doc], options()).files[0]?.content ?? ''
    const line = JSON.parse(content) as { tokens: { id: number }[] }
    expect(content).toBe(`${JSON.stringify(line)}\n`)
    expect(line.tokens.length).toBe(6_000)
    expect(line.tokens.map((token) => token.id)).toEqual(line.tokens.map((_, index) => index))
  })
})
