import { describe, expect, it } from 'vitest'

import { exportLabelStudio } from '../../../../src-main/core/formats/export-labelstudio'
import { escapeXml } from '../../../../src-main/core/formats/labelstudio-config'
import { makeSpan } from '../spans/make-span'
import { spanOn } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

interface Task {
  readonly id: number
  readonly data: Record<string, string>
  readonly annotations: readonly Record<string, unknown>[]
}

const tasks = (output: ReturnType<typeof exportLabelStudio>): Task[] =>
  JSON.parse(output.files[0]?.content ?? '') as Task[]

describe('exportLabelStudio', () => {
  it('writes a task list and the matching labelling config', () => {
    const output = exportLabelStudio([datasetDoc('d1', 'x')], options({ projectName: 'Tin' }))
    expect(output.files.map((file) => file.path)).toEqual(['Tin.json', 'Tin.label-config.xml'])
    expect(output.files[1]?.content).toBe(
      [
        '<View>',
        '  <Labels name="label" toName="text">',
        '    <Label value="Commitment" background="#2f7ed8"/>',
        '    <Label value="Statistic" background="#e08a00"/>',
        '    <Label value="Claim" background="#c2379b"/>',
        '  </Labels>',
        '  <Text name="text" value="$text"/>',
        '</View>',
        '',
      ].join('\n'),
    )
    expect(output.warnings).toEqual([])
  })

  it('writes one task per document with text, title and Gloss id, numbered from 1', () => {
    const output = exportLabelStudio([datasetDoc('d1', 'x'), datasetDoc('d2', 'y')], options())
    expect(tasks(output)).toEqual([
      { id: 1, data: { text: 'x', title: 'Doc d1', gloss_id: 'd1' }, annotations: [] },
      { id: 2, data: { text: 'y', title: 'Doc d2', gloss_id: 'd2' }, annotations: [] },
    ])
  })

  it('writes one annotation per annotator with labels regions in code points and notes as meta.text', () => {
    const text = '👍🏽 Hà Nội'
    const doc = datasetDoc('d1', text, [
      layer('minh', [spanOn('m', text, 'Hà')]),
      layer('lan', [spanOn('l', text, 'Nội', { label: 'statistic', note: 'city' })]),
    ])
    expect(tasks(exportLabelStudio([doc], options()))[0]?.annotations).toEqual([
      {
        id: 1,
        completed_by: { email: 'lan' },
        ground_truth: false,
        result: [
          {
            id: 'l',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 6, end: 9, text: 'Nội', labels: ['Statistic'] },
            meta: { text: ['city'] },
          },
        ],
      },
      {
        id: 2,
        completed_by: { email: 'minh' },
        ground_truth: false,
        result: [
          {
            id: 'm',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 3, end: 5, text: 'Hà', labels: ['Claim'] },
          },
        ],
      },
    ])
  })

  it('marks the gold layer as ground truth', () => {
    const doc = datasetDoc('d1', 'x', [layer('_gold', [makeSpan('g', 'x', 0, 1)])])
    expect(tasks(exportLabelStudio([doc], options()))[0]?.annotations[0]).toMatchObject({
      completed_by: { email: '_gold' },
      ground_truth: true,
    })
  })

  it('adds labels the project lost to the config, grey, and escapes names for XML', () => {
    const labels = [{ id: 'q', name: 'A & "B" <c>', color: '#123456', hotkey: '', description: '' }]
    const doc = datasetDoc('d1', 'x', [layer('lan', [makeSpan('g', 'x', 0, 1, { label: 'zed' })])])
    expect(exportLabelStudio([doc], options({ labels })).files[1]?.content).toContain(
      '    <Label value="A &amp; &quot;B&quot; &lt;c&gt;" background="#123456"/>\n' +
        '    <Label value="zed" background="#888888"/>\n',
    )
    expect(escapeXml(`it's`)).toBe('it&apos;s')
  })
})
