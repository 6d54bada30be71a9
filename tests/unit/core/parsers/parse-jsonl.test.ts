import { describe, expect, it } from 'vitest'

import { parseJsonl } from '../../../../src-main/core/formats/parse-jsonl'
import { CAM_KET, file, GIAM, jsonl, VI } from './fixtures'

const span = (start: number, end: number, label: string, text: string, more = {}) => ({
  start,
  end,
  label,
  text,
  ...more,
})

describe('parseJsonl', () => {
  it('reads a Gloss export line into one document per annotator, with status, notes and attributes', () => {
    const line = {
      id: 'aaaa1111bbbb2222',
      title: 'Thủ tướng cam kết',
      text: VI,
      status: { lan: 'done', minh: 'in-progress' },
      offsetUnit: 'codepoints',
      spans: [
        span(13, 20, 'Commitment', 'cam kết', {
          annotator: 'lan',
          note: 'rõ ràng',
          attributes: { certainty: 'high', score: 2, firm: true },
        }),
        span(13, 28, 'Claim', 'cam kết giảm 5%', { annotator: 'minh', note: null, attributes: {} }),
        span(21, 28, 'Statistic', 'giảm 5%', { annotator: 'lan', note: null, attributes: {} }),
      ],
    }
    expect(parseJsonl([file('gloss.jsonl', jsonl(line))], 'codepoints')).toEqual({
      documents: [
        {
          text: VI,
          title: 'Thủ tướng cam kết',
          sourceId: 'aaaa1111bbbb2222',
          annotator: 'lan',
          status: 'done',
          spans: [
            {
              start: 15,
              end: 22,
              label: 'Commitment',
              text: 'cam kết',
              note: 'rõ ràng',
              attributes: { certainty: 'high', score: 2, firm: true },
              where: 'line 1, span 1',
            },
            { start: 23, end: 30, label: 'Statistic', text: 'giảm 5%', where: 'line 1, span 3' },
          ],
          where: 'line 1',
        },
        {
          text: VI,
          title: 'Thủ tướng cam kết',
          sourceId: 'aaaa1111bbbb2222',
          annotator: 'minh',
          status: 'in-progress',
          spans: [
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

  it.each(['utf16', 'bytes'] as const)(
    'believes the line\'s offsetUnit "%s" over the default',
    (unit) => {
      const line = {
        text: VI,
        offsetUnit: unit,
        spans: [span(GIAM[unit][0], GIAM[unit][1], 'Statistic', 'giảm 5%')],
      }
      const { documents, problems } = parseJsonl([file('a.jsonl', jsonl(line))], 'codepoints')
      expect(problems).toEqual([])
      expect(documents[0]?.spans.map((s) => [s.start, s.end, s.text])).toEqual([
        [23, 30, 'giảm 5%'],
      ])
    },
  )

  it('reads offsets in the unit asked for when the line states none', () => {
    const line = {
      text: VI,
      spans: [span(CAM_KET.bytes[0], CAM_KET.bytes[1], 'Commitment', 'cam kết')],
    }
    const { documents } = parseJsonl([file('a.jsonl', jsonl(line))], 'bytes')
    expect(documents[0]?.spans.map((s) => [s.start, s.end])).toEqual([[15, 22]])
  })

  it('skips a line whose offsetUnit conflicts with a unit the user chose, and reads the others', () => {
    const text = jsonl(
      {
        text: VI,
        offsetUnit: 'utf16',
        spans: [span(CAM_KET.utf16[0], CAM_KET.utf16[1], 'Commitment', 'cam kết')],
      },
      {
        text: VI,
        offsetUnit: 'bytes',
        spans: [span(CAM_KET.bytes[0], CAM_KET.bytes[1], 'Commitment', 'cam kết')],
      },
    )
    const { documents, problems } = parseJsonl([file('a.jsonl', text)], 'bytes')
    expect(problems).toEqual([
      {
        file: 'a.jsonl',
        line: 1,
        where: 'line 1',
        message:
          'line 1: the file says its offsets count UTF-16 units but the import asked for bytes; choose UTF-16 units (or the default) to import it; the document was skipped',
      },
    ])
    expect(documents.map((d) => d.where)).toEqual(['line 2'])
  })

  it('skips a line with an unknown offsetUnit', () => {
    const text = jsonl({ text: VI, offsetUnit: 'graphemes', spans: [] })
    expect(parseJsonl([file('a.jsonl', text)], 'codepoints')).toEqual({
      documents: [],
      problems: [
        {
          file: 'a.jsonl',
          line: 1,
          where: 'line 1',
          message:
            'line 1: "offsetUnit" is "graphemes", not "codepoints", "utf16" or "bytes"; the document was skipped',
        },
      ],
    })
  })

  it('reports bad JSON by line and still reads the lines around it', () => {
    const good = JSON.stringify({ text: 'một', spans: [span(0, 3, 'Claim', 'một')] })
    const text = `${good}\n{"text": "hai", "spans": [}\n\n${good}\n`
    const { documents, problems } = parseJsonl([file('a.jsonl', text)], 'codepoints')
    expect(problems).toEqual([
      { file: 'a.jsonl', line: 2, message: "bad JSON on line 2: Unexpected token '}'" },
    ])
    expect(documents.map((d) => d.where)).toEqual(['line 1', 'line 4'])
  })

  it('skips a span whose text does not match its offsets and keeps the others', () => {
    const line = {
      text: VI,
      spans: [span(13, 20, 'Commitment', 'cam ket'), span(21, 28, 'Statistic', 'giảm 5%')],
    }
    const { documents, problems } = parseJsonl([file('a.jsonl', jsonl(line))], 'codepoints')
    expect(problems).toEqual([
      {
        file: 'a.jsonl',
        line: 1,
        where: 'line 1, span 1',
        message: 'line 1, span 1: offsets 13–20 cover "cam kết" but the file says "cam ket"',
      },
    ])
    expect(documents[0]?.spans.map((s) => s.label)).toEqual(['Statistic'])
  })

  it('skips reversed and out-of-range spans with their reasons', () => {
    const line = {
      text: VI,
      spans: [span(20, 13, 'A', 'x'), span(30, 40, 'B', 'x'), span(21, 28, 'C', 'giảm 5%')],
    }
    const { documents, problems } = parseJsonl([file('a.jsonl', jsonl(line))], 'codepoints')
    expect(problems.map((p) => p.message)).toEqual([
      'line 1, span 1: offsets 20–13 are reversed',
      'line 1, span 2: offsets 30–40 are outside the text (0–33 code points)',
    ])
    expect(documents[0]?.spans.map((s) => s.label)).toEqual(['C'])
  })

  it('skips a span whose UTF-16 offset splits the emoji', () => {
    const line = { text: VI, offsetUnit: 'utf16', spans: [span(11, 22, 'A', 'x')] }
    const { problems } = parseJsonl([file('a.jsonl', jsonl(line))], 'codepoints')
    expect(problems.map((p) => p.message)).toEqual([
      'line 1, span 1: offset 11 falls inside the character "👍" (UTF-16 units)',
    ])
  })

  it('reports lines that are not documents', () => {
    const text = jsonl([1, 2], { title: 'no text', spans: [] }, { text: 'abc', spans: 'none' })
    expect(
      parseJsonl([file('a.jsonl', text)], 'codepoints').problems.map((p) => p.message),
    ).toEqual([
      'line 1: expected an object with "text" and "spans", found [1,2]',
      'line 2: "text" is nothing, not the document\'s text',
      'line 3: "spans" is "none", not a list',
    ])
  })

  it('reports spans with a missing label, a bad note, bad attributes or a bad annotator', () => {
    const line = {
      text: 'abcdef',
      spans: [
        { start: 0, end: 1 },
        span(0, 1, 'A', 'a', { note: 5 }),
        span(0, 1, 'A', 'a', { attributes: { deep: { x: 1 } } }),
        span(0, 1, 'A', 'a', { annotator: '!!!' }),
        'span',
      ],
    }
    expect(
      parseJsonl([file('a.jsonl', jsonl(line))], 'codepoints').problems.map((p) => p.message),
    ).toEqual([
      'line 1, span 1: "label" is nothing, not a label name',
      'line 1, span 2: "note" is 5, not text',
      'line 1, span 3: "attributes" must be an object of texts, numbers and true/false',
      'line 1, span 4: "annotator" is "!!!", not a name',
      'line 1, span 5: expected an object with "start", "end" and "label", found "span"',
    ])
  })

  it('applies a single status to every annotator and reports unknown statuses', () => {
    const one = { text: 'ab', status: 'done', spans: [span(0, 1, 'A', 'a', { annotator: 'lan' })] }
    const bad = { text: 'ab', status: { lan: 'finished' }, spans: [] }
    const { documents, problems } = parseJsonl([file('a.jsonl', jsonl(one, bad))], 'codepoints')
    expect(documents.map((d) => [d.annotator, d.status])).toEqual([
      ['lan', 'done'],
      [undefined, undefined],
    ])
    expect(problems.map((p) => p.message)).toEqual([
      'line 2: the status of "lan" is "finished", not todo, in-progress or done; ignored',
    ])
  })

  it('gives an annotator named only in status a document with no spans', () => {
    const line = { text: 'ab', status: { lan: 'done' }, spans: [] }
    expect(parseJsonl([file('a.jsonl', jsonl(line))], 'codepoints').documents).toEqual([
      { text: 'ab', annotator: 'lan', status: 'done', spans: [], where: 'line 1' },
    ])
  })

  it('normalises CRLF and decomposed accents written as JSON escapes, moving the spans along', () => {
    // The file's own bytes are plain ASCII; the escapes decode to CRLF and NFD "ế".
    const text =
      '{"text":"a\\r\\nke\\u0302\\u0301t","spans":[{"start":3,"end":8,"label":"A","text":"ke\\u0302\\u0301t"}]}\n'
    expect(parseJsonl([file('a.jsonl', text)], 'codepoints').documents).toEqual([
      {
        text: 'a\nkết',
        spans: [{ start: 2, end: 5, label: 'A', text: 'kết', where: 'line 1, span 1' }],
        where: 'line 1',
      },
    ])
  })
})
