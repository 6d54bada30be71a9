import { describe, expect, it } from 'vitest'

import { exportDoccano } from '../../../../src-main/core/formats/export-doccano'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

const lines = (output: ReturnType<typeof exportDoccano>): unknown[] =>
  (output.files[0]?.content ?? '')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown)

describe('exportDoccano', () => {
  it('writes text, [start, end, label] triples and metadata, offsets in the unit asked', () => {
    const text = '👍🏽 Hà Nội'
    const doc = datasetDoc(
      'd1',
      text,
      [layer('lan', [spanOn('s', text, 'Nội')], 'in-progress')],
      'Tin',
    )
    const output = exportDoccano([doc], options({ offsets: 'utf16' }))
    expect(output.files.map((file) => file.path)).toEqual(['P.doccano.jsonl'])
    expect(output.files[0]?.content).toBe(
      '{"id":"d1","text":"👍🏽 Hà Nội","label":[[8,11,"Claim"]],"title":"Tin","annotator":"lan","status":"in-progress","offsetUnit":"utf16"}\n',
    )
    expect(output.warnings).toEqual([])
  })

  it('counts code points when asked (for Python pipelines)', () => {
    const text = '👍🏽 Hà Nội'
    const doc = datasetDoc('d1', text, [layer('lan', [spanOn('s', text, 'Nội')])])
    expect(lines(exportDoccano([doc], options({ offsets: 'codepoints' })))).toMatchObject([
      { label: [[6, 9, 'Claim']], offsetUnit: 'codepoints' },
    ])
  })

  it('writes one line per annotator layer, by annotator name', () => {
    const text = 'a b'
    const doc = datasetDoc('d1', text, [
      layer('minh', [makeSpan('m', text, 2, 3)]),
      layer('lan', [
        makeSpan('l2', text, 2, 3),
        makeSpan('l1', text, 0, 1, { label: 'statistic' }),
      ]),
    ])
    expect(lines(exportDoccano([doc], options()))).toMatchObject([
      {
        annotator: 'lan',
        label: [
          [0, 1, 'Statistic'],
          [2, 3, 'Claim'],
        ],
      },
      { annotator: 'minh', label: [[2, 3, 'Claim']] },
    ])
  })

  it('writes a document nobody annotated once, with no labels and no annotator', () => {
    expect(exportDoccano([datasetDoc('d1', 'x')], options()).files[0]?.content).toBe(
      '{"id":"d1","text":"x","label":[],"title":"Doc d1","annotator":null,"status":null,"offsetUnit":"codepoints"}\n',
    )
  })
})
