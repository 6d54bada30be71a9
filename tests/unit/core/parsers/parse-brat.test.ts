import { describe, expect, it } from 'vitest'

import { parseBrat } from '../../../../src-main/core/formats/parse-brat'
import { file, VI } from './fixtures'

const ann = (...lines: readonly string[]): string => lines.map((line) => `${line}\n`).join('')

describe('parseBrat', () => {
  it('reads T lines in code points, with notes and attributes, from X.ann beside X.txt', () => {
    const files = [
      file('d1.txt', VI),
      file(
        'd1.ann',
        ann(
          'T1\tCommitment 13 20\tcam kết',
          'A1\tcertainty T1 high',
          'A2\tscore T1 2',
          'A3\tfirm T1',
          '#1\tAnnotatorNotes T1\trõ ràng',
          'T2\tStatistic 21 28\tgiảm 5%',
        ),
      ),
    ]
    expect(parseBrat(files, 'codepoints')).toEqual({
      documents: [
        {
          text: VI,
          sourceId: 'd1',
          spans: [
            {
              start: 15,
              end: 22,
              text: 'cam kết',
              label: 'Commitment',
              note: 'rõ ràng',
              attributes: { certainty: 'high', score: 2, firm: true },
              where: 'line 1, T1',
            },
            { start: 23, end: 30, text: 'giảm 5%', label: 'Statistic', where: 'line 6, T2' },
          ],
          where: 'd1.ann',
        },
      ],
      problems: [],
    })
  })

  it('names the annotator after the subfolder below annotation.conf, as Gloss writes several annotators', () => {
    const top = '/home/lan/exports/brat'
    const files = [
      file(`${top}/annotation.conf`, '# offsets: Unicode code points\n[entities]\nClaim\n'),
      file(`${top}/visual.conf`, '[labels]\n'),
      file(`${top}/lan/d1.txt`, 'một hai'),
      file(`${top}/lan/d1.ann`, ann('T1\tClaim 0 3\tmột')),
      file(`${top}/minh/d1.txt`, 'một hai'),
      file(`${top}/minh/d1.ann`, ann('T1\tClaim 4 7\thai')),
    ]
    const { documents, problems } = parseBrat(files, 'codepoints')
    expect(problems).toEqual([])
    expect(documents.map((d) => [d.annotator, d.sourceId, d.spans.map((s) => s.text)])).toEqual([
      ['lan', 'd1', ['một']],
      ['minh', 'd1', ['hai']],
    ])
  })

  it('pairs annotator/X.ann with X.txt one folder up', () => {
    const files = [file('x/d1.txt', 'một hai'), file('x/lan/d1.ann', ann('T1\tClaim 0 3\tmột'))]
    const { documents } = parseBrat(files, 'codepoints')
    expect(documents.map((d) => [d.annotator, d.spans.length])).toEqual([['lan', 1]])
  })

  it('believes the offsets comment in annotation.conf over the default unit', () => {
    const files = [
      file('annotation.conf', '# offsets: UTF-16 code units\n'),
      file('d1.txt', VI),
      file('d1.ann', ann('T1\tCommitment 15 22\tcam kết')),
    ]
    const { documents } = parseBrat(files, 'codepoints')
    expect(documents[0]?.spans.map((s) => [s.start, s.end, s.text])).toEqual([[15, 22, 'cam kết']])
  })

  it('imports nothing when annotation.conf names another unit than the one chosen', () => {
    const files = [
      file('annotation.conf', '# offsets: UTF-16 code units\n'),
      file('d1.txt', VI),
      file('d1.ann', ann('T1\tCommitment 24 33\tcam kết')),
    ]
    expect(parseBrat(files, 'bytes')).toEqual({
      documents: [],
      problems: [
        {
          file: 'annotation.conf',
          message:
            'the file says its offsets count UTF-16 units but the import asked for bytes; choose UTF-16 units (or the default) to import it; nothing was imported',
        },
      ],
    })
  })

  it('reads byte offsets when asked', () => {
    const files = [file('d1.txt', VI), file('d1.ann', ann('T1\tCommitment 24 33\tcam kết'))]
    const { documents } = parseBrat(files, 'bytes')
    expect(documents[0]?.spans.map((s) => [s.start, s.end])).toEqual([[15, 22]])
  })

  it('joins fragments around a line break into one span', () => {
    const files = [
      file('d1.txt', 'Hà Nội\ncam kết 👍🏻 xong'),
      file('d1.ann', ann('T1\tClaim 3 6;7 14\tNội cam kết')),
    ]
    expect(parseBrat(files, 'codepoints').documents[0]?.spans).toEqual([
      { start: 3, end: 14, text: 'Nội\ncam kết', label: 'Claim', where: 'line 1, T1' },
    ])
  })

  it('refuses fragments with words between them: Gloss has no discontinuous spans', () => {
    const files = [
      file('d1.txt', 'one two three'),
      file('d1.ann', ann('T1\tClaim 0 3;8 13\tone three')),
    ]
    expect(parseBrat(files, 'codepoints').problems.map((p) => p.message)).toEqual([
      'line 1, T1: fragments 0 3;8 13 leave out " two "; Gloss has no discontinuous spans',
    ])
  })

  it('reports a line that does not parse and reads the lines after it', () => {
    const files = [
      file('d1.txt', VI),
      file('d1.ann', ann('T1\tClaim 13 x', 'T2\tStatistic 21 28\tgiảm 5%', 'T3\tClaim 10 x')),
    ]
    const { documents, problems } = parseBrat(files, 'codepoints')
    expect(problems).toEqual([
      {
        file: 'd1.ann',
        line: 1,
        where: 'line 1, T1',
        message: 'line 1, T1: cannot parse "T1\\tClaim 13 x"',
      },
      {
        file: 'd1.ann',
        line: 3,
        where: 'line 3, T3',
        message: 'line 3, T3: cannot parse "T3\\tClaim 10 x"',
      },
    ])
    expect(documents[0]?.spans.map((s) => s.where)).toEqual(['line 2, T2'])
  })

  it('reads R lines as relations between the spans, Arg1 first', () => {
    const files = [
      file('d1.txt', 'ab cd'),
      file('d1.ann', ann('T1\tA 0 2\tab', 'T2\tA 3 5\tcd', 'R1\tmade_by Arg1:T2 Arg2:T1')),
    ]
    const { documents, problems } = parseBrat(files, 'codepoints')
    expect(problems).toEqual([])
    expect(documents[0]?.relations).toEqual([
      { type: 'made_by', from: 1, to: 0, where: 'line 3, R1' },
    ])
  })

  it('skips an R line whose span was skipped, saying why', () => {
    const files = [
      file('d1.txt', 'ab cd'),
      file('d1.ann', ann('T1\tA 0 9\tab', 'T2\tA 3 5\tcd', 'R1\tsupports Arg1:T1 Arg2:T2')),
    ]
    const { documents, problems } = parseBrat(files, 'codepoints')
    expect(problems.map((p) => p.message)).toEqual([
      'line 1, T1: offsets 0–9 are outside the text (0–5 code points)',
      'line 3, R1: its span T1 was skipped, so the relation is skipped too',
    ])
    expect(documents[0]?.relations).toBeUndefined()
  })

  it('skips events, normalizations and equivalences, once per kind per file', () => {
    const files = [
      file('d1.txt', 'ab cd'),
      file(
        'd1.ann',
        ann(
          'T1\tA 0 2\tab',
          'T2\tA 3 5\tcd',
          'R1\tSupports Arg1:T1 Arg2:T2',
          'R2\tSupports Arg1:T2 Arg2:T1',
          'E1\tMerge:T1',
          'N1\tReference T1 Wikipedia:534366\tab',
          '*\tEquiv T1 T2',
        ),
      ),
    ]
    const { documents, problems } = parseBrat(files, 'codepoints')
    expect(problems).toEqual([
      {
        file: 'd1.ann',
        line: 5,
        message: 'events (E lines) are not supported; skipped it (line 5)',
      },
      {
        file: 'd1.ann',
        line: 6,
        message: 'normalizations (N lines) are not supported; skipped it (line 6)',
      },
      {
        file: 'd1.ann',
        line: 7,
        message: 'equivalences (* lines) are not supported; skipped it (line 7)',
      },
    ])
    expect(documents[0]?.spans).toHaveLength(2)
    expect(documents[0]?.relations).toHaveLength(2)
  })

  it('skips a T line whose text differs from what its offsets cover', () => {
    const files = [file('d1.txt', VI), file('d1.ann', ann('T1\tCommitment 13 20\tcam kêt'))]
    expect(parseBrat(files, 'codepoints').problems.map((p) => p.message)).toEqual([
      'line 1, T1: offsets 13 20 cover "cam kết" but the file says "cam kêt"',
    ])
  })

  it('reports out-of-range and reversed offsets', () => {
    const files = [file('d1.txt', 'abc'), file('d1.ann', ann('T1\tA 0 9\tabc', 'T2\tA 2 1\tx'))]
    expect(parseBrat(files, 'codepoints').problems.map((p) => p.message)).toEqual([
      'line 1, T1: offsets 0–9 are outside the text (0–3 code points)',
      'line 2, T2: offsets 2–1 are reversed',
    ])
  })

  it('reports notes and attributes on ids the file does not define, and repeated ids', () => {
    const files = [
      file('d1.txt', 'abc'),
      file(
        'd1.ann',
        ann('T1\tA 0 1\ta', 'T1\tA 1 2\tb', 'A1\tflag T9', '#1\tAnnotatorNotes T7\tlost'),
      ),
    ]
    expect(parseBrat(files, 'codepoints').problems.map((p) => p.message)).toEqual([
      'line 2, T1: T1 is used twice; the second was skipped',
      'line 3, A1: T9 is not a text-bound (T) annotation in this file; skipped',
      'line 4, #1: T7 is not a text-bound (T) annotation in this file; skipped',
    ])
  })

  it('reports an .ann without its .txt, a .txt without an .ann, and files brat does not have', () => {
    const files = [
      file('a.ann', ann('T1\tA 0 1\ta')),
      file('b.txt', 'b'),
      file('notes.md', '# notes'),
      file('tools.conf', ''),
    ]
    expect(parseBrat(files, 'codepoints')).toEqual({
      documents: [],
      problems: [
        { file: 'a.ann', message: 'no a.txt beside it or one folder up; skipped' },
        { file: 'b.txt', message: 'has no .ann file, so it carries no annotations; skipped' },
        {
          file: 'notes.md',
          message: 'is not a brat file (.txt, .ann or annotation.conf); skipped',
        },
      ],
    })
  })

  it('reads offsets counted on a CRLF .txt and returns them on its LF text', () => {
    // brat counts the CRs of a Windows .txt; the services pass the text decoded, not normalised.
    const files = [
      file('d1.txt', 'Dòng một\r\ncam kết\r\n'),
      file('d1.ann', ann('T1\tCommitment 10 17\tcam kết')),
    ]
    expect(parseBrat(files, 'codepoints').documents).toEqual([
      {
        text: 'Dòng một\ncam kết\n',
        sourceId: 'd1',
        spans: [{ start: 9, end: 16, text: 'cam kết', label: 'Commitment', where: 'line 1, T1' }],
        where: 'd1.ann',
      },
    ])
  })
})
