import { describe, expect, it } from 'vitest'

import { csvField, exportCsv } from '../../../../src-main/core/formats/export-csv'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

const HEADER = 'doc_id,title,annotator,label,start,end,text,note\r\n'

describe('exportCsv', () => {
  it('writes the header and one CRLF-ended row per span, offsets in code points', () => {
    const text = '👍🏽 Hà Nội'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Nội')])], 'Tin')
    const output = exportCsv([doc], options())
    expect(output.files).toEqual([
      { path: 'P.csv', content: `${HEADER}d1,Tin,lan,Claim,6,9,Nội,\r\n` },
    ])
    expect(output.warnings).toEqual([])
  })

  it('quotes fields with a comma, a quote, CR or LF and doubles the quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField('')).toBe('')
  })

  it('writes the note, and leaves the cell empty when there is none', () => {
    const text = 'a, b'
    const doc = datasetDoc('d1', text, [
      layer('lan', [makeSpan('s1', text, 0, 1, { note: 'n, "q"' }), makeSpan('s2', text, 3, 4)]),
    ])
    expect(exportCsv([doc], options()).files[0]?.content).toBe(
      `${HEADER}d1,Doc d1,lan,Claim,0,1,a,"n, ""q"""\r\nd1,Doc d1,lan,Claim,3,4,b,\r\n`,
    )
  })

  it('lists every annotator’s spans in export order, documents in the order given', () => {
    const text = 'a b'
    const docs = [
      datasetDoc('d2', text, [layer('minh', [makeSpan('m', text, 0, 1)])]),
      datasetDoc('d1', text, [
        layer('minh', [makeSpan('m', text, 0, 3)]),
        layer('lan', [makeSpan('l', text, 0, 3, { label: 'statistic' })]),
      ]),
    ]
    const rows = exportCsv(docs, options()).files[0]?.content.split('\r\n')
    expect(rows).toEqual([
      HEADER.trimEnd(),
      'd2,Doc d2,minh,Claim,0,1,a,',
      'd1,Doc d1,lan,Statistic,0,3,a b,',
      'd1,Doc d1,minh,Claim,0,3,a b,',
      '',
    ])
  })

  it('starts with a UTF-8 byte order mark only when asked', () => {
    const doc = datasetDoc('d1', 'x')
    expect(exportCsv([doc], options({ csvBom: true })).files[0]?.content).toBe(`\ufeff${HEADER}`)
    expect(exportCsv([doc], options({ csvBom: false })).files[0]?.content).toBe(HEADER)
  })

  it('counts offsets in UTF-8 bytes when asked', () => {
    const text = 'Hà Nội'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Nội')])])
    expect(exportCsv([doc], options({ offsets: 'bytes' })).files[0]?.content).toBe(
      `${HEADER}d1,Doc d1,lan,Claim,4,9,Nội,\r\n`,
    )
  })
})
