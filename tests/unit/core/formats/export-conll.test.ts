import { describe, expect, it } from 'vitest'

import { exportConll } from '../../../../src-main/core/formats/export-conll'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

const conll = (...args: Parameters<typeof exportConll>): string =>
  exportConll(...args).files[0]?.content ?? ''

describe('exportConll', () => {
  it('writes DOCSTART, one token per line with BIO tags, and a blank line after each sentence', () => {
    const text = 'Thủ tướng cam kết. Giảm 3.5% thuế'
    const doc = datasetDoc('d1', text, [
      layer('lan', [spanOn('a', text, 'cam kết', { label: 'commitment' })]),
    ])
    const output = exportConll([doc], options())
    expect(output.files.map((file) => file.path)).toEqual(['P.conll'])
    expect(output.files[0]?.content).toBe(
      [
        '-DOCSTART- -X- O',
        '',
        'Thủ -X- _ O',
        'tướng -X- _ O',
        'cam -X- _ B-Commitment',
        'kết -X- _ I-Commitment',
        '. -X- _ O',
        '',
        'Giảm -X- _ O',
        '3.5% -X- _ O',
        'thuế -X- _ O',
        '',
        '',
      ].join('\n'),
    )
    expect(output.warnings).toEqual([])
  })

  it('keeps the outer of nested spans and the longer of crossing ones, and counts the rest', () => {
    const text = 'a b c d e f'
    const doc = datasetDoc('d1', text, [
      layer('lan', [
        makeSpan('outer', text, 0, 7, { label: 'claim' }), // a b c d
        makeSpan('inner', text, 2, 3, { label: 'statistic' }), // b
        makeSpan('cross', text, 6, 11, { label: 'commitment' }), // d e f (crosses outer)
      ]),
    ])
    const output = exportConll([doc], options())
    expect(output.files[0]?.content.split('\n').slice(2, 8)).toEqual([
      'a -X- _ B-Claim',
      'b -X- _ I-Claim',
      'c -X- _ I-Claim',
      'd -X- _ I-Claim',
      'e -X- _ O',
      'f -X- _ O',
    ])
    expect(output.warnings).toEqual(['2 spans dropped: BIO cannot express overlaps.'])
  })

  it('writes one block per annotator layer, by annotator name', () => {
    const text = 'Hà Nội'
    const doc = datasetDoc('d1', text, [
      layer('minh', [makeSpan('m', text, 3, 6, { label: 'claim' })]),
      layer('lan', [makeSpan('l', text, 0, 2, { label: 'claim' })]),
    ])
    expect(conll([doc], options())).toBe(
      '-DOCSTART- -X- O\n\nHà -X- _ B-Claim\nNội -X- _ O\n\n' +
        '-DOCSTART- -X- O\n\nHà -X- _ O\nNội -X- _ B-Claim\n\n',
    )
  })

  it('writes a document nobody annotated once, all O', () => {
    expect(conll([datasetDoc('d1', 'Chưa đọc')], options())).toBe(
      '-DOCSTART- -X- O\n\nChưa -X- _ O\nđọc -X- _ O\n\n',
    )
  })

  it('keeps a span that runs across sentences in one sentence', () => {
    const text = 'Một. Hai. Ba.'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, '. Hai')])])
    expect(conll([doc], options())).toBe(
      '-DOCSTART- -X- O\n\nMột -X- _ O\n. -X- _ B-Claim\nHai -X- _ I-Claim\n. -X- _ O\n\nBa -X- _ O\n. -X- _ O\n\n',
    )
  })

  it('splits a word a span edge falls inside, and says so', () => {
    const text = 'cheered loudly'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'cheer')])])
    const output = exportConll([doc], options())
    expect(output.files[0]?.content).toBe(
      '-DOCSTART- -X- O\n\ncheer -X- _ B-Claim\ned -X- _ O\nloudly -X- _ O\n\n',
    )
    expect(output.warnings).toEqual([
      '1 span began or ended inside a word: the word was split into two tokens there.',
    ])
  })

  it('replaces spaces in label names so each line keeps four columns', () => {
    const text = 'Thuế'
    const labels = [
      { id: 'pa', name: 'Policy  area', color: '#000000', hotkey: '', description: '' },
    ]
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s', text, 0, 4, { label: 'pa' })])])
    expect(conll([doc], options({ labels }))).toBe(
      '-DOCSTART- -X- O\n\nThuế -X- _ B-Policy_area\n\n',
    )
  })

  it('leaves out a span of only whitespace, and says so', () => {
    const text = 'a  b'
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s', text, 1, 3)])])
    const output = exportConll([doc], options())
    expect(output.files[0]?.content).toBe('-DOCSTART- -X- O\n\na -X- _ O\nb -X- _ O\n\n')
    expect(output.warnings).toEqual(['1 span covered only whitespace, so no token: left out.'])
  })
})
