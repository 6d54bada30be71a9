import { describe, expect, it } from 'vitest'

import { parseDoccano } from '../../../../src-main/core/formats/parse-doccano'
import { CAM_KET, file, GIAM, jsonl, VI } from './fixtures'

describe('parseDoccano', () => {
  it('reads a Gloss doccano line: UTF-16 offsets, annotator, status, title and id', () => {
    const line = {
      id: 'aaaa1111bbbb2222',
      text: VI,
      label: [
        [15, 22, 'Commitment'],
        [15, 30, 'Claim'],
      ],
      title: 'Thủ tướng',
      annotator: 'lan',
      status: 'done',
      offsetUnit: 'utf16',
    }
    expect(parseDoccano([file('p.doccano.jsonl', jsonl(line))], 'utf16')).toEqual({
      documents: [
        {
          text: VI,
          title: 'Thủ tướng',
          sourceId: 'aaaa1111bbbb2222',
          annotator: 'lan',
          status: 'done',
          spans: [
            { start: 15, end: 22, label: 'Commitment', text: 'cam kết', where: 'line 1, span 1' },
            {
              start: 15,
              end: 30,
              label: 'Claim',
              text: 'cam kết giảm 5%',
              where: 'line 1, span 2',
            },
          ],
          where: 'line 1',
        },
      ],
      problems: [],
    })
  })

  it.each(['codepoints', 'bytes'] as const)(
    'reads plain doccano offsets in %s when asked',
    (unit) => {
      const line = { text: VI, label: [[...CAM_KET[unit], 'Commitment']] }
      const { documents } = parseDoccano([file('a.jsonl', jsonl(line))], unit)
      expect(documents[0]?.spans.map((s) => [s.start, s.end, s.text])).toEqual([
        [15, 22, 'cam kết'],
      ])
    },
  )

  it('reads the older "labels" key', () => {
    const line = { text: VI, labels: [[...GIAM.utf16, 'Statistic']] }
    const { documents } = parseDoccano([file('a.jsonl', jsonl(line))], 'utf16')
    expect(documents[0]?.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      [23, 30, 'Statistic'],
    ])
  })

  it('reads "entities" objects from relation projects and a numeric user', () => {
    const line = {
      text: VI,
      entities: [{ id: 0, label: 'Commitment', start_offset: 15, end_offset: 22 }],
      relations: [],
      user: 3,
    }
    const { documents } = parseDoccano([file('a.jsonl', jsonl(line))], 'utf16')
    expect(documents.map((d) => [d.annotator, d.spans.map((s) => s.text)])).toEqual([
      ['user-3', ['cam kết']],
    ])
  })

  it('reports bad JSON by line and reads the other lines', () => {
    const text = `${JSON.stringify({ text: 'ab', label: [] })}\n{"text": "ab", "label": [[0, 1 "A"]]}\n`
    const { documents, problems } = parseDoccano([file('a.jsonl', text)], 'utf16')
    expect(problems).toEqual([
      {
        file: 'a.jsonl',
        line: 2,
        message: "bad JSON on line 2: Expected ',' or ']' after array element at column 32",
      },
    ])
    expect(documents.map((d) => d.where)).toEqual(['line 1'])
  })

  it('skips a line whose labels are document categories, not spans', () => {
    const line = { text: 'ab', label: ['positive'] }
    expect(
      parseDoccano([file('a.jsonl', jsonl(line))], 'utf16').problems.map((p) => p.message),
    ).toEqual(['line 1: "label" holds document categories, not spans; the line was skipped'])
  })

  it('skips malformed entries and keeps the rest of the line', () => {
    const line = {
      text: 'abcdef',
      label: [
        [0, 1],
        [0, 1, 7],
        [4, 2, 'B'],
        [0, 9, 'C'],
        [0, 3, 'D'],
      ],
    }
    const { documents, problems } = parseDoccano([file('a.jsonl', jsonl(line))], 'utf16')
    expect(problems.map((p) => p.message)).toEqual([
      'line 1, span 1: expected [start, end, "Label"], found [0,1]',
      'line 1, span 2: the label is 7, not a label name',
      'line 1, span 3: offsets 4–2 are reversed',
      'line 1, span 4: offsets 0–9 are outside the text (0–6 UTF-16 units)',
    ])
    expect(documents[0]?.spans.map((s) => [s.label, s.text])).toEqual([['D', 'abc']])
  })

  it('skips a span whose UTF-16 offset splits an astral character', () => {
    const line = { text: VI, label: [[13, 22, 'A']] }
    expect(
      parseDoccano([file('a.jsonl', jsonl(line))], 'utf16').problems.map((p) => p.message),
    ).toEqual(['line 1, span 1: offset 13 falls inside the character "🏻" (UTF-16 units)'])
  })

  it('keeps the document when its status is unknown, and says so', () => {
    const line = { text: 'ab', label: [], status: 'reviewed' }
    const { documents, problems } = parseDoccano([file('a.jsonl', jsonl(line))], 'utf16')
    expect(documents).toEqual([{ text: 'ab', spans: [], where: 'line 1' }])
    expect(problems.map((p) => p.message)).toEqual([
      'line 1: "status" is "reviewed", not todo, in-progress or done; ignored',
    ])
  })
})
