import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../../src-main/core/failure'
import type { DatasetDocument, ExportLayer } from '../../../../src-main/core/formats/dataset'
import { exportJsonl } from '../../../../src-main/core/formats/export-jsonl'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import type { DocumentEntry } from '../../../../src-main/core/project/project'
import { makeSpan } from '../spans/make-span'

const entry = (id: string, title: string, text: string): DocumentEntry => ({
  id,
  title,
  sourceName: `${id}.txt`,
  sha256: id.padEnd(64, '0'),
  length: text.length,
  added: '2024-05-02T10:00:00.000Z',
})

const VI = 'Hà Nội 🎉 cam kết tăng 3,5% 👨‍👩‍👧‍👦 𝐂𝐋𝐄𝐀𝐍'
const viDoc = (spans: readonly ExportLayer[]): DatasetDocument => ({
  entry: entry('aaaa1111bbbb2222', 'Hà Nội cam kết', VI),
  text: VI,
  layers: spans,
})
const at = (text: string, part: string): [number, number] => {
  const start = text.indexOf(part)
  return [start, start + part.length]
}

const jsonl = (docs: readonly DatasetDocument[]): string => {
  const output = exportJsonl(docs, {
    offsets: 'codepoints',
    labels: DEFAULT_LABELS,
    projectName: 'P',
  })
  expect(output.files.map((file) => file.path)).toEqual(['P.jsonl'])
  expect(output.warnings).toEqual([])
  return output.files[0]?.content ?? ''
}

describe('exportJsonl', () => {
  it('writes one line per document with code point offsets, label names and null notes', () => {
    const [s, e] = at(VI, 'tăng 3,5%')
    const doc = viDoc([
      {
        annotator: 'lan',
        status: 'done',
        spans: [makeSpan('x', VI, s, e, { label: 'statistic' })],
      },
    ])
    expect(jsonl([doc])).toBe(
      '{"id":"aaaa1111bbbb2222","title":"Hà Nội cam kết","text":"Hà Nội 🎉 cam kết tăng 3,5% 👨‍👩‍👧‍👦 𝐂𝐋𝐄𝐀𝐍",' +
        '"status":{"lan":"done"},"offsetUnit":"codepoints",' +
        '"spans":[{"start":17,"end":26,"label":"Statistic","text":"tăng 3,5%","annotator":"lan","note":null,"attributes":{}}],"comments":[]}\n',
    )
  })

  it('counts an astral emoji as one code point in the offsets', () => {
    const [s, e] = at(VI, '🎉')
    const doc = viDoc([{ annotator: 'lan', status: 'done', spans: [makeSpan('x', VI, s, e)] }])
    const line = JSON.parse(jsonl([doc])) as { spans: object[] }
    expect(line.spans).toEqual([
      {
        start: 7,
        end: 8,
        label: 'Claim',
        text: '🎉',
        annotator: 'lan',
        note: null,
        attributes: {},
      },
    ])
  })

  it('counts a ZWJ family as seven code points', () => {
    const [s, e] = at(VI, '👨‍👩‍👧‍👦')
    const doc = viDoc([{ annotator: 'lan', status: 'done', spans: [makeSpan('x', VI, s, e)] }])
    const line = JSON.parse(jsonl([doc])) as { spans: object[] }
    expect(line.spans).toEqual([
      {
        start: 27,
        end: 34,
        label: 'Claim',
        text: '👨‍👩‍👧‍👦',
        annotator: 'lan',
        note: null,
        attributes: {},
      },
    ])
  })

  it('writes the note when a span has one', () => {
    const doc = viDoc([
      {
        annotator: 'lan',
        status: 'done',
        spans: [makeSpan('x', VI, 0, 2, { note: 'city', attributes: {} })],
      },
    ])
    const line = JSON.parse(jsonl([doc])) as { spans: object[] }
    expect(line.spans).toEqual([
      {
        start: 0,
        end: 2,
        label: 'Claim',
        text: 'Hà',
        annotator: 'lan',
        note: 'city',
        attributes: {},
      },
    ])
  })

  it('falls back to the label id when the label set no longer has the label', () => {
    const doc = viDoc([
      { annotator: 'lan', status: 'done', spans: [makeSpan('x', VI, 0, 2, { label: 'risk' })] },
    ])
    const line = JSON.parse(jsonl([doc])) as { spans: { label: string }[] }
    expect(line.spans.map((span) => span.label)).toEqual(['risk'])
  })

  it('sorts spans by start, end descending, annotator, then label', () => {
    const doc = viDoc([
      {
        annotator: 'minh',
        status: 'in-progress',
        spans: [
          makeSpan('m1', VI, 0, 6, { label: 'statistic' }),
          makeSpan('m2', VI, 0, 6, { label: 'claim' }),
          makeSpan('m3', VI, 3, 6),
        ],
      },
      {
        annotator: 'lan',
        status: 'done',
        spans: [makeSpan('l1', VI, 0, 2), makeSpan('l2', VI, 0, 6)],
      },
    ])
    const line = JSON.parse(jsonl([doc])) as {
      spans: { start: number; end: number; annotator: string; label: string }[]
    }
    expect(line.spans.map((s) => `${s.start}-${s.end} ${s.annotator} ${s.label}`)).toEqual([
      '0-6 lan Claim',
      '0-6 minh Claim',
      '0-6 minh Statistic',
      '0-2 lan Claim',
      '3-6 minh Claim',
    ])
  })

  it('keeps documents in the order given and writes a document without spans', () => {
    const first = { entry: entry('bbbb', 'B', 'b'), text: 'b', layers: [] }
    const second = { entry: entry('aaaa', 'A', 'a'), text: 'a', layers: [] }
    expect(jsonl([first, second])).toBe(
      '{"id":"bbbb","title":"B","text":"b","status":{},"offsetUnit":"codepoints","spans":[],"comments":[]}\n' +
        '{"id":"aaaa","title":"A","text":"a","status":{},"offsetUnit":"codepoints","spans":[],"comments":[]}\n',
    )
  })

  it('keys status by annotator and lists every annotator’s spans in one list', () => {
    const doc = viDoc([
      { annotator: 'minh', status: 'in-progress', spans: [makeSpan('m', VI, 3, 6)] },
      { annotator: 'lan', status: 'done', spans: [makeSpan('l', VI, 0, 2)] },
    ])
    const line = JSON.parse(jsonl([doc])) as { status: object; spans: { annotator: string }[] }
    expect(line.status).toEqual({ lan: 'done', minh: 'in-progress' })
    expect(Object.keys(line.status)).toEqual(['lan', 'minh'])
    expect(line.spans.map((span) => span.annotator)).toEqual(['lan', 'minh'])
  })

  it('writes attributes with their keys sorted', () => {
    const attributes = { zeta: 'z', alpha: true, mid: 2 }
    const doc = viDoc([
      { annotator: 'lan', status: 'done', spans: [makeSpan('x', VI, 0, 2, { attributes })] },
    ])
    expect(jsonl([doc])).toContain('"attributes":{"alpha":true,"mid":2,"zeta":"z"}')
  })

  it('counts offsets in the unit asked and says which in offsetUnit', () => {
    const [s, e] = at(VI, 'cam')
    const doc = viDoc([{ annotator: 'lan', status: 'done', spans: [makeSpan('x', VI, s, e)] }])
    const output = exportJsonl([doc], {
      offsets: 'bytes',
      labels: DEFAULT_LABELS,
      projectName: 'P',
    })
    expect(JSON.parse(output.files[0]?.content ?? '')).toMatchObject({
      offsetUnit: 'bytes',
      spans: [{ start: 15, end: 18 }],
    })
  })

  it('writes nothing for no documents', () => {
    expect(jsonl([])).toBe('')
  })

  it('escapes newlines and quotes in the text so each document stays on one line', () => {
    const text = 'Line one\nHe said "yes"'
    const doc = { entry: entry('cccc', 'Q', text), text, layers: [] }
    expect(jsonl([doc])).toBe(
      '{"id":"cccc","title":"Q","text":"Line one\\nHe said \\"yes\\"","status":{},"offsetUnit":"codepoints","spans":[],"comments":[]}\n',
    )
  })

  it('refuses a span whose text does not match the document, naming span and file', () => {
    const broken = { ...makeSpan('x9', VI, 0, 2), text: 'Ha' }
    const doc = viDoc([{ annotator: 'lan', status: 'done', spans: [broken] }])
    let failure: GlossFailure | undefined
    try {
      jsonl([doc])
    } catch (error) {
      if (error instanceof GlossFailure) failure = error
    }
    expect(failure?.toError()).toEqual({
      code: 'conflict',
      message:
        'Cannot export span x9 by lan in "Hà Nội cam kết": its text "Ha" does not match the document at 0–2 ("Hà").',
      file: 'annotations/lan/aaaa1111bbbb2222.json',
      hint: 'Open the document in Gloss and fix or delete that span, then export again.',
    })
  })

  it('gives slices that Python reproduces: text[start:end] == span["text"]', (context) => {
    const python = spawnSync('python3', ['--version'], { encoding: 'utf8' })
    if (python.error !== undefined || python.status !== 0) {
      context.skip('python3 is not on PATH, so the Python slice check cannot run')
    }
    const texts = [
      VI,
      'Ha\u0300 No\u0323\u0302i (decomposed) 🇬🇧🇫🇷 👍🏽 1️⃣ 横浜 港口节快乐！',
      'Minister’s pledge: “We will cut fees by €20”\nThe café owners—who met—said… 76,000',
    ]
    const docs = texts.map((text, d) => {
      const spans = []
      // Every span from each code point boundary to a later one a few characters on.
      const starts = [...Array(text.length).keys()].filter(
        (i) => !(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff),
      )
      for (const [n, start] of starts.entries()) {
        const end = starts[n + 3] ?? text.length
        spans.push(makeSpan(`s${n}`, text, start, end, { note: n % 2 === 0 ? 'n' : undefined }))
      }
      return {
        entry: entry(`d${d}`, `Doc ${d}`, text),
        text,
        layers: [{ annotator: 'lan', status: 'done' as const, spans }],
      }
    })
    const output = jsonl(docs)
    const script = [
      'import json, sys',
      'checked = bad = 0',
      'for line in sys.stdin.buffer.read().decode("utf-8").splitlines():',
      '    doc = json.loads(line)',
      '    for span in doc["spans"]:',
      '        checked += 1',
      '        bad += doc["text"][span["start"]:span["end"]] != span["text"]',
      'print(checked, bad)',
    ].join('\n')
    const result = spawnSync('python3', ['-c', script], { input: output, encoding: 'utf8' })
    const expectedSpans = docs.reduce((sum, doc) => sum + (doc.layers[0]?.spans.length ?? 0), 0)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe(`${expectedSpans} 0`)
  })
})
