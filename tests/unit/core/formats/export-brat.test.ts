import { describe, expect, it } from 'vitest'

import { exportBrat } from '../../../../src-main/core/formats/export-brat'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

const fileMap = (output: ReturnType<typeof exportBrat>): Record<string, string> =>
  Object.fromEntries(output.files.map((file) => [file.path, file.content]))

describe('exportBrat', () => {
  it('writes the text exactly and T lines in code points for one annotator, at the top', () => {
    const text = '👍🏽 Hà Nội\n'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Hà Nội')])])
    const files = fileMap(exportBrat([doc], options()))
    expect(Object.keys(files)).toEqual(['annotation.conf', 'visual.conf', 'd1.txt', 'd1.ann'])
    expect(files['d1.txt']).toBe(text)
    expect(files['d1.ann']).toBe('T1\tClaim 3 9\tHà Nội\n')
  })

  it('puts each annotator in a subfolder when there are several', () => {
    const text = 'Hà Nội'
    const doc = datasetDoc('d1', text, [
      layer('minh', [makeSpan('m', text, 3, 6)]),
      layer('lan', [makeSpan('l', text, 0, 2)]),
    ])
    const lonely = datasetDoc('d2', 'Chưa đọc')
    const files = fileMap(exportBrat([doc, lonely], options()))
    expect(Object.keys(files)).toEqual([
      'annotation.conf',
      'visual.conf',
      'lan/d1.txt',
      'lan/d1.ann',
      'minh/d1.txt',
      'minh/d1.ann',
      'd2.txt',
      'd2.ann',
    ])
    expect(files['lan/d1.ann']).toBe('T1\tClaim 0 2\tHà\n')
    expect(files['minh/d1.ann']).toBe('T1\tClaim 3 6\tNội\n')
    expect(files['d2.ann']).toBe('')
  })

  it('writes a span across line breaks as fragments, their texts joined by a space', () => {
    const text = 'Một câu\n\nHai câu'
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s', text, 4, 12)])])
    expect(fileMap(exportBrat([doc], options()))['d1.ann']).toBe('T1\tClaim 4 7;9 12\tcâu Hai\n')
  })

  it('leaves a line break at a span edge out, and says so', () => {
    const text = 'Một\nHai'
    const doc = datasetDoc('d1', text, [layer('lan', [makeSpan('s', text, 0, 4)])])
    const output = exportBrat([doc], options())
    expect(fileMap(output)['d1.ann']).toBe('T1\tClaim 0 3\tMột\n')
    expect(output.warnings).toEqual([
      '1 span began or ended with a line break, which brat cannot show: written without it.',
    ])
  })

  it('writes attributes as A lines (true as a bare flag, false not at all) and notes as # lines', () => {
    const text = 'Thuế tăng'
    const span = makeSpan('s', text, 0, 4, {
      note: 'two\nlines',
      attributes: { verified: true, draft: false, certainty: 'very high', count: 3 },
    })
    const output = exportBrat([datasetDoc('d1', text, [layer('lan', [span])])], options())
    expect(fileMap(output)['d1.ann']).toBe(
      'T1\tClaim 0 4\tThuế\nA1\tcertainty T1 very_high\nA2\tcount T1 3\nA3\tverified T1\n#1\tAnnotatorNotes T1\ttwo lines\n',
    )
    expect(output.warnings).toEqual([
      '1 note had line breaks, written as spaces: brat notes are one line.',
    ])
  })

  it('numbers T, A and # lines per file in export order', () => {
    const text = 'a b c'
    const doc = datasetDoc('d1', text, [
      layer('lan', [
        makeSpan('late', text, 4, 5, { note: 'n2' }),
        makeSpan('early', text, 0, 1, { note: 'n1', attributes: { x: 'y' } }),
      ]),
    ])
    expect(fileMap(exportBrat([doc], options()))['d1.ann']).toBe(
      'T1\tClaim 0 1\ta\nA1\tx T1 y\n#1\tAnnotatorNotes T1\tn1\nT2\tClaim 4 5\tc\n#2\tAnnotatorNotes T2\tn2\n',
    )
  })

  it('states the offset unit in annotation.conf and counts in it', () => {
    const text = '👍🏽 Hà'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Hà')])])
    const files = fileMap(exportBrat([doc], options({ offsets: 'utf16' })))
    expect(files['annotation.conf']?.split('\n')[1]).toBe('# offsets: UTF-16 code units')
    expect(files['d1.ann']).toBe('T1\tClaim 5 7\tHà\n')
  })

  it('lists labels (spaces as _), any label the set lost, overlaps allowed, and attributes', () => {
    const text = 'a b'
    const labels = [
      { id: 'pa', name: 'Policy area', color: '#123456', hotkey: '', description: '' },
    ]
    const doc = datasetDoc('d1', text, [
      layer('lan', [
        makeSpan('s1', text, 0, 1, { label: 'pa', attributes: { sure: true, level: 'b c' } }),
        makeSpan('s2', text, 2, 3, { label: 'gone', attributes: { level: 'a' } }),
      ]),
    ])
    const files = fileMap(exportBrat([doc], options({ labels, projectName: 'Tin' })))
    expect(files['annotation.conf']).toBe(
      [
        '# brat configuration for the Gloss project "Tin"',
        '# offsets: Unicode code points',
        '# Label and attribute names have spaces replaced by "_": brat names cannot contain spaces.',
        '[entities]',
        'Policy_area',
        'gone',
        '[relations]',
        '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
        '[events]',
        '[attributes]',
        'level\tArg:<ENTITY>, Value:a|b_c',
        'sure\tArg:<ENTITY>',
        '',
      ].join('\n'),
    )
    expect(files['visual.conf']).toBe('[labels]\n[drawing]\nPolicy_area\tbgColor:#123456\n')
  })
})
