import { describe, expect, it } from 'vitest'

import { exportBrat } from '../../../../src-main/core/formats/export-brat'
import { exportLabelStudio } from '../../../../src-main/core/formats/export-labelstudio'
import { makeSpan } from '../spans/make-span'
import { ATTRIBUTE_LABELS } from './attribute-labels'
import { datasetDoc, layer, options } from './dataset-doc'

const TEXT = 'UK will act. 76,000 people crossed.'

const doc = () =>
  datasetDoc('d1', TEXT, [
    layer('lan', [
      makeSpan('s1', TEXT, 0, 11, {
        label: 'commitment',
        attributes: { actor: 'Home Office', strength: 'very hedged', quoted: true },
      }),
      makeSpan('s2', TEXT, 13, 19, { label: 'statistic', attributes: { unit: 'people' } }),
    ]),
  ])

const files = (output: { files: readonly { path: string; content: string }[] }) =>
  Object.fromEntries(output.files.map((file) => [file.path, file.content]))

describe('brat export of attributes', () => {
  it('writes each value as an A line (spaces as _, yes as a bare flag)', () => {
    const ann = files(exportBrat([doc()], options({ labels: ATTRIBUTE_LABELS })))['d1.ann']
    expect(ann).toBe(
      [
        'T1\tCommitment 0 11\tUK will act',
        'A1\tactor T1 Home_Office',
        'A2\tquoted T1',
        'A3\tstrength T1 very_hedged',
        'T2\tStatistic 13 19\t76,000',
        'A4\tunit T2 people',
        '',
      ].join('\n'),
    )
  })

  it('defines the attributes in annotation.conf: the labels that have them and the listed values', () => {
    const conf = files(exportBrat([doc()], options({ labels: ATTRIBUTE_LABELS })))[
      'annotation.conf'
    ] as string
    expect(conf.slice(conf.indexOf('[attributes]'))).toBe(
      [
        '[attributes]',
        'actor\tArg:Commitment, Value:Home_Office',
        'quoted\tArg:Commitment',
        'strength\tArg:Commitment, Value:firm|very_hedged',
        'unit\tArg:Statistic, Value:people|km',
        '',
      ].join('\n'),
    )
  })
})

describe('Label Studio export of attributes', () => {
  it('writes a per-region result for each value: choices, yes as ["yes"], free text as textarea', () => {
    const [task] = JSON.parse(
      files(exportLabelStudio([doc()], options({ labels: ATTRIBUTE_LABELS })))['P.json'] as string,
    ) as { annotations: { result: object[] }[] }[]
    expect(task?.annotations[0]?.result.slice(0, 4)).toEqual([
      {
        id: 's1',
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 11, text: 'UK will act', labels: ['Commitment'] },
      },
      {
        id: 's1',
        from_name: 'commitment.actor',
        to_name: 'text',
        type: 'textarea',
        value: { start: 0, end: 11, text: ['Home Office'] },
      },
      {
        id: 's1',
        from_name: 'commitment.quoted',
        to_name: 'text',
        type: 'choices',
        value: { start: 0, end: 11, choices: ['yes'] },
      },
      {
        id: 's1',
        from_name: 'commitment.strength',
        to_name: 'text',
        type: 'choices',
        value: { start: 0, end: 11, choices: ['very hedged'] },
      },
    ])
  })

  it('puts a control per attribute in the labelling config, shown for its label', () => {
    const config = files(exportLabelStudio([doc()], options({ labels: ATTRIBUTE_LABELS })))[
      'P.label-config.xml'
    ] as string
    expect(config.slice(config.indexOf('  <View '))).toBe(
      [
        '  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="Commitment">',
        '    <Header value="actor"/>',
        '    <TextArea name="commitment.actor" toName="text" perRegion="true" maxSubmissions="1"/>',
        '    <Header value="strength"/>',
        '    <Choices name="commitment.strength" toName="text" perRegion="true" choice="single">',
        '      <Choice value="firm"/>',
        '      <Choice value="very hedged"/>',
        '    </Choices>',
        '    <Header value="quoted"/>',
        '    <Choices name="commitment.quoted" toName="text" perRegion="true" choice="multiple">',
        '      <Choice value="yes"/>',
        '    </Choices>',
        '  </View>',
        '  <View visibleWhen="region-selected" whenTagName="label" whenLabelValue="Statistic">',
        '    <Header value="unit"/>',
        '    <Choices name="statistic.unit" toName="text" perRegion="true" choice="single">',
        '      <Choice value="people"/>',
        '      <Choice value="km"/>',
        '    </Choices>',
        '  </View>',
        '</View>',
        '',
      ].join('\n'),
    )
  })
})
