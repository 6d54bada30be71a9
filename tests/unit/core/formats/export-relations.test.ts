import { describe, expect, it } from 'vitest'

import { exportBrat } from '../../../../src-main/core/formats/export-brat'
import { jsonlDocument } from '../../../../src-main/core/formats/export-jsonl'
import { exportLabelStudio } from '../../../../src-main/core/formats/export-labelstudio'
import { exportW3c } from '../../../../src-main/core/formats/export-w3c'
import { DEFAULT_RELATION_TYPES } from '../../../../src-main/core/relations/relation-types'
import { makeRelation } from '../relations/make-relation'
import { makeSpan } from '../spans/make-span'
import { datasetDoc, options } from './dataset-doc'

const TEXT = 'Bộ Nội vụ cam kết 76.000 người'
const home = makeSpan('s-home', TEXT, 0, 9, { label: 'claim' })
const count = makeSpan('s-count', TEXT, 18, 30, { label: 'statistic' })
const madeBy = makeRelation('r1', 's-count', 's-home', 'made-by')

/** One annotator's layer on TEXT with both spans and the relations given. */
const relatedDoc = (...relations: ReturnType<typeof makeRelation>[]) =>
  datasetDoc('d1', TEXT, [{ annotator: 'lan', status: 'done', spans: [home, count], relations }])

const files = (output: ReturnType<typeof exportBrat>) =>
  Object.fromEntries(output.files.map((file) => [file.path, file.content]))

describe('relations in the brat export', () => {
  it('writes an R line after the T lines, Arg1 the span the relation starts at', () => {
    const ann = files(exportBrat([relatedDoc(madeBy)], options()))['d1.ann']
    expect(ann).toBe(
      'T1\tClaim 0 9\tBộ Nội vụ\nT2\tStatistic 18 30\t76.000 người\nR1\tmade_by Arg1:T2 Arg2:T1\n',
    )
  })

  it('declares the project relation types in [relations] of annotation.conf', () => {
    const conf = files(
      exportBrat([relatedDoc(madeBy)], options({ relationTypes: DEFAULT_RELATION_TYPES })),
    )['annotation.conf']
    expect(conf).toContain(
      '[relations]\nsupports\tArg1:<ENTITY>, Arg2:<ENTITY>\nmade_by\tArg1:<ENTITY>, Arg2:<ENTITY>\nquantifies\tArg1:<ENTITY>, Arg2:<ENTITY>\n<OVERLAP>',
    )
  })
})

describe('relations in the native JSONL', () => {
  it("lists each relation with its ends as indices into the line's spans", () => {
    const line = jsonlDocument(relatedDoc(madeBy), options())
    expect(line.spans.map((span) => span.text)).toEqual(['Bộ Nội vụ', '76.000 người'])
    expect(line.relations).toEqual([{ annotator: 'lan', type: 'made by', from: 1, to: 0 }])
  })

  it('leaves the field out of a line whose document has no relations', () => {
    expect('relations' in jsonlDocument(relatedDoc(), options())).toBe(false)
  })
})

describe('relations in the Label Studio export', () => {
  const output = () =>
    exportLabelStudio([relatedDoc(madeBy)], options({ relationTypes: DEFAULT_RELATION_TYPES }))

  it('adds a relation result joining the two regions by id, after the regions', () => {
    const [task] = JSON.parse(output().files[0]!.content) as {
      annotations: { result: object[] }[]
    }[]
    expect(task!.annotations[0]!.result.at(-1)).toEqual({
      from_id: 's-count',
      to_id: 's-home',
      type: 'relation',
      direction: 'right',
      labels: ['made by'],
    })
  })

  it('declares the relation types in the labelling config', () => {
    expect(output().files[1]!.content).toContain(
      '  <Relations>\n    <Relation value="supports"/>\n    <Relation value="made by"/>\n    <Relation value="quantifies"/>\n  </Relations>\n',
    )
  })
})

describe('relations in the W3C export', () => {
  it('writes a linking annotation whose targets are the two span annotations', () => {
    const output = exportW3c([relatedDoc(madeBy)], options())
    const collection = JSON.parse(output.files[0]!.content) as {
      total: number
      first: { items: object[] }
    }
    expect(collection.total).toBe(3)
    expect(collection.first.items.at(-1)).toEqual({
      id: 'urn:gloss:relation:lan:r1',
      type: 'Annotation',
      motivation: 'linking',
      creator: { type: 'Person', nickname: 'lan' },
      created: '2024-05-02T10:00:00.000Z',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'made by' },
      target: ['urn:gloss:span:lan:s-count', 'urn:gloss:span:lan:s-home'],
    })
  })
})
