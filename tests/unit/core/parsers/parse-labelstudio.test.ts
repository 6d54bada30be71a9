import { describe, expect, it } from 'vitest'

import { parseLabelStudio } from '../../../../src-main/core/formats/parse-labelstudio'
import { file, VI } from './fixtures'

const region = (id: string, start: number, end: number, text: string, labels: string[]) => ({
  id,
  from_name: 'label',
  to_name: 'text',
  type: 'labels',
  value: { start, end, text, labels },
})
const task = (annotations: unknown[], more = {}) => ({
  id: 1,
  data: { text: VI, title: 'Thủ tướng', gloss_id: 'aaaa1111bbbb2222' },
  annotations,
  ...more,
})
const parse = (value: unknown) =>
  parseLabelStudio([file('tasks.json', JSON.stringify(value, null, 2))], 'codepoints')

describe('parseLabelStudio', () => {
  it('reads a Gloss task list: one document per annotation, notes from region meta', () => {
    const tasks = [
      task([
        {
          id: 1,
          completed_by: { email: 'lan' },
          ground_truth: false,
          result: [
            { ...region('s1', 13, 20, 'cam kết', ['Commitment']), meta: { text: ['rõ ràng'] } },
            region('s2', 21, 28, 'giảm 5%', ['Statistic']),
          ],
        },
        { id: 2, completed_by: { email: '_gold' }, ground_truth: true, result: [] },
      ]),
    ]
    expect(parse(tasks)).toEqual({
      documents: [
        {
          text: VI,
          title: 'Thủ tướng',
          sourceId: 'aaaa1111bbbb2222',
          annotator: 'lan',
          spans: [
            {
              start: 15,
              end: 22,
              text: 'cam kết',
              label: 'Commitment',
              note: 'rõ ràng',
              where: 'task 1, annotation 1, result 1',
            },
            {
              start: 23,
              end: 30,
              text: 'giảm 5%',
              label: 'Statistic',
              where: 'task 1, annotation 1, result 2',
            },
          ],
          where: 'task 1, annotation 1',
        },
        {
          text: VI,
          title: 'Thủ tướng',
          sourceId: 'aaaa1111bbbb2222',
          annotator: '_gold',
          spans: [],
          where: 'task 1, annotation 2',
        },
      ],
      problems: [],
    })
  })

  it('names annotators from a user number, an e-mail address or a name', () => {
    const tasks = [
      task([
        { completed_by: 12, result: [] },
        { completed_by: { id: 3, email: 'lan.nguyen@example.vn' }, result: [] },
        { completed_by: 'Trần Minh', result: [] },
      ]),
    ]
    expect(parse(tasks).documents.map((d) => d.annotator)).toEqual([
      'user-12',
      'lan.nguyen',
      'Trần-Minh',
    ])
  })

  it('takes a per-region text area with the same id as the note', () => {
    const tasks = [
      task([
        {
          completed_by: 1,
          result: [
            region('r1', 13, 20, 'cam kết', ['Commitment']),
            {
              id: 'r1',
              from_name: 'note',
              to_name: 'text',
              type: 'textarea',
              value: { text: ['một', 'hai'] },
            },
          ],
        },
      ]),
    ]
    expect(parse(tasks).documents[0]?.spans.map((s) => s.note)).toEqual(['một\nhai'])
  })

  it('makes one span per label of a region with several', () => {
    const tasks = [
      task([
        { completed_by: 1, result: [region('r1', 13, 20, 'cam kết', ['Commitment', 'Claim'])] },
      ]),
    ]
    expect(parse(tasks).documents[0]?.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      [15, 22, 'Commitment'],
      [15, 22, 'Claim'],
    ])
  })

  it('reads one task given alone, and the first text field when "text" is missing', () => {
    const one = {
      data: { body: 'Hà Nội', views: 3 },
      annotations: [{ completed_by: 1, result: [region('r', 3, 6, 'Nội', ['Claim'])] }],
    }
    expect(parse(one).documents.map((d) => [d.text, d.spans.map((s) => s.text)])).toEqual([
      ['Hà Nội', ['Nội']],
    ])
  })

  it('returns a task without annotations as a document without spans', () => {
    expect(parse([{ id: 7, data: { text: 'abc' } }])).toEqual({
      documents: [{ text: 'abc', sourceId: '7', spans: [], where: 'task 1' }],
      problems: [],
    })
  })

  it('reads relation results between regions, "left" pointing back, and doc_ choices as document labels', () => {
    const tasks = [
      task([
        {
          completed_by: 1,
          result: [
            region('a', 13, 20, 'cam kết', ['Commitment']),
            region('b', 21, 28, 'giảm 5%', ['Statistic']),
            {
              from_id: 'a',
              to_id: 'b',
              type: 'relation',
              direction: 'right',
              labels: ['supports'],
            },
            { from_id: 'a', to_id: 'b', type: 'relation', direction: 'left', labels: ['made by'] },
            {
              id: 'doc_topic',
              from_name: 'doc_topic',
              type: 'choices',
              value: { choices: ['Economy'] },
            },
          ],
        },
      ]),
    ]
    const { documents, problems } = parse(tasks)
    expect(problems).toEqual([])
    expect(documents[0]?.relations).toEqual([
      { type: 'supports', from: 0, to: 1, where: 'task 1, annotation 1, result 3' },
      { type: 'made by', from: 1, to: 0, where: 'task 1, annotation 1, result 4' },
    ])
    expect(documents[0]?.docLabels).toEqual({ topic: 'Economy' })
  })

  it('skips a relation without a type and one to a region that was not read, saying why', () => {
    const tasks = [
      task([
        {
          completed_by: 1,
          result: [
            region('a', 13, 20, 'cam kết', ['Commitment']),
            region('b', 21, 28, 'wrong', ['Statistic']),
            {
              from_id: 'a',
              to_id: 'b',
              type: 'relation',
              direction: 'right',
              labels: ['supports'],
            },
            { from_id: 'b', to_id: 'a', type: 'relation', direction: 'right', labels: [] },
          ],
        },
      ]),
    ]
    expect(parse(tasks).problems.map((problem) => problem.message)).toEqual([
      'task 1, annotation 1, result 2: offsets 21–28 cover "giảm 5%" but the file says "wrong"',
      'task 1, annotation 1, result 3: the relation joins region "b", which was not read; the relation is skipped too',
      'task 1, annotation 1, result 4: the relation\'s "labels" is []; Gloss needs exactly one relation type, so it was skipped',
    ])
  })

  it('skips predictions and other result types, reported once per kind with counts', () => {
    const tasks = [
      task(
        [
          {
            completed_by: 1,
            result: [
              region('a', 13, 20, 'cam kết', ['Commitment']),
              region('b', 21, 28, 'giảm 5%', ['Statistic']),
              { id: 'c', type: 'choices', value: { choices: ['ok'] } },
              { id: 'd', type: 'rating', value: { rating: 4 } },
              { id: 'e', type: 'rating', value: { rating: 2 } },
              { id: 'zz', type: 'textarea', value: { text: ['orphan'] } },
            ],
          },
        ],
        { predictions: [{ result: [] }, { result: [] }] },
      ),
    ]
    const { documents, problems } = parse(tasks)
    expect(problems).toEqual([
      { file: 'tasks.json', message: 'predictions are not imported, only annotations; skipped 2' },
      { file: 'tasks.json', message: '"choices" results are not supported; skipped it' },
      { file: 'tasks.json', message: '"rating" results are not supported; skipped 2' },
      {
        file: 'tasks.json',
        message: 'text areas that belong to no labelled region are not imported; skipped it',
      },
    ])
    expect(documents[0]?.spans).toHaveLength(2)
  })

  it('skips cancelled annotations', () => {
    const tasks = [
      task([
        { completed_by: 1, was_cancelled: true, result: [] },
        { completed_by: 2, result: [] },
      ]),
    ]
    const { documents, problems } = parse(tasks)
    expect(problems).toEqual([
      {
        file: 'tasks.json',
        where: 'task 1, annotation 1',
        message: 'task 1, annotation 1: was cancelled (skipped) in Label Studio; not imported',
      },
    ])
    expect(documents.map((d) => d.annotator)).toEqual(['user-2'])
  })

  it('skips a region whose text differs from its offsets, or whose offsets leave the text', () => {
    const tasks = [
      task([
        {
          completed_by: 1,
          result: [
            region('a', 13, 20, 'cam ket', ['Commitment']),
            region('b', 30, 40, 'x', ['Claim']),
            region('c', 21, 28, 'giảm 5%', []),
            region('d', 21, 28, 'giảm 5%', ['Statistic']),
          ],
        },
      ]),
    ]
    const { documents, problems } = parse(tasks)
    expect(problems.map((p) => p.message)).toEqual([
      'task 1, annotation 1, result 1: offsets 13–20 cover "cam kết" but the file says "cam ket"',
      'task 1, annotation 1, result 2: offsets 30–40 are outside the text (0–33 code points)',
      'task 1, annotation 1, result 3: "labels" is [], not a list of label names',
    ])
    expect(documents[0]?.spans.map((s) => s.label)).toEqual(['Statistic'])
  })

  it('reports tasks without data or text and reads the other tasks', () => {
    const { documents, problems } = parse([{ id: 1 }, { data: { n: 1 } }, { data: { text: 'ok' } }])
    expect(problems.map((p) => p.message)).toEqual([
      'task 1: expected a task with a "data" object, found {"id":1}',
      'task 2: "data" has no text field',
    ])
    expect(documents.map((d) => d.where)).toEqual(['task 3'])
  })

  it('reports bad JSON with its line and imports nothing from that file', () => {
    const text = '[\n  {"data": {"text": "a"}},\n  {"data": {"text": "b"}\n]\n'
    expect(parseLabelStudio([file('tasks.json', text)], 'codepoints')).toEqual({
      documents: [],
      problems: [
        {
          file: 'tasks.json',
          line: 4,
          message: "bad JSON on line 4: Expected ',' or '}' after property value at column 1",
        },
      ],
    })
  })

  it('reports JSON that is not a task list', () => {
    expect(parse({ text: 'abc' }).problems).toEqual([
      {
        file: 'tasks.json',
        message:
          'expected a Label Studio task list (tasks with "data" and "annotations"), found {"text":"abc"}',
      },
    ])
  })
})
