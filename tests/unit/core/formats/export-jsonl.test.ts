import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../../src-main/core/failure'
import { exportJsonl, type ExportDocument } from '../../../../src-main/core/formats/export-jsonl'
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
const viDoc = (spans: ExportDocument['layers']): ExportDocument => ({
  entry: entry('aaaa1111bbbb2222', 'Hà Nội cam kết', VI),
  text: VI,
  layers: spans,
})
const at = (text: string, part: string): [number, number] => {
  const start = text.indexOf(part)
  return [start, start + part.length]
}

describe('exportJsonl', () => {
  it('writes one line per document with code point offsets, label names and null notes', () => {
    const [s, e] = at(VI, 'tăng 3,5%')
    const doc = viDoc([
      { annotator: 'lan', spans: [makeSpan('x', VI, s, e, { label: 'statistic' })] },
    ])
    expect(exportJsonl([doc], DEFAULT_LABELS)).toBe(
      '{"id":"aaaa1111bbbb2222","title":"Hà Nội cam kết","text":"Hà Nội 🎉 cam kết tăng 3,5% 👨‍👩‍👧‍👦 𝐂𝐋𝐄𝐀𝐍",' +
        '"spans":[{"start":17,"end":26,"label":"Statistic","text":"tăng 3,5%","annotator":"lan","note":null}]}\n',
    )
  })

  it('counts an astral emoji as one code point in the offsets', () => {
    const [s, e] = at(VI, '🎉')
    const doc = viDoc([{ annotator: 'lan', spans: [makeSpan('x', VI, s, e)] }])
    const line = JSON.parse(exportJsonl([doc], DEFAULT_LABELS)) as { spans: object[] }
    expect(line.spans).toEqual([
      { start: 7, end: 8, label: 'Claim', text: '🎉', annotator: 'lan', note: null },
    ])
  })

  it('counts a ZWJ family as seven code points', () => {
    const [s, e] = at(VI, '👨‍👩‍👧‍👦')
    const doc = viDoc([{ annotator: 'lan', spans: [makeSpan('x', VI, s, e)] }])
    const line = JSON.parse(exportJsonl([doc], DEFAULT_LABELS)) as { spans: object[] }
    expect(line.spans).toEqual([
      { start: 27, end: 34, label: 'Claim', text: '👨‍👩‍👧‍👦', annotator: 'lan', note: null },
    ])
  })

  it('writes the note when a span has one', () => {
    const doc = viDoc([{ annotator: 'lan', spans: [makeSpan('x', VI, 0, 2, { note: 'city' })] }])
    const line = JSON.parse(exportJsonl([doc], DEFAULT_LABELS)) as { spans: object[] }
    expect(line.spans).toEqual([
      { start: 0, end: 2, label: 'Claim', text: 'Hà', annotator: 'lan', note: 'city' },
    ])
  })

  it('falls back to the label id when the label set no longer has the label', () => {
    const doc = viDoc([{ annotator: 'lan', spans: [makeSpan('x', VI, 0, 2, { label: 'risk' })] }])
    const line = JSON.parse(exportJsonl([doc], DEFAULT_LABELS)) as { spans: { label: string }[] }
    expect(line.spans.map((span) => span.label)).toEqual(['risk'])
  })

  it('sorts spans by start, end descending, annotator, then label', () => {
    const doc = viDoc([
      {
        annotator: 'minh',
        spans: [
          makeSpan('m1', VI, 0, 6, { label: 'statistic' }),
          makeSpan('m2', VI, 0, 6, { label: 'claim' }),
          makeSpan('m3', VI, 3, 6),
        ],
      },
      { annotator: 'lan', spans: [makeSpan('l1', VI, 0, 2), makeSpan('l2', VI, 0, 6)] },
    ])
    const line = JSON.parse(exportJsonl([doc], DEFAULT_LABELS)) as {
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
    expect(exportJsonl([first, second], DEFAULT_LABELS)).toBe(
      '{"id":"bbbb","title":"B","text":"b","spans":[]}\n{"id":"aaaa","title":"A","text":"a","spans":[]}\n',
    )
  })

  it('writes nothing for no documents', () => {
    expect(exportJsonl([], DEFAULT_LABELS)).toBe('')
  })

  it('escapes newlines and quotes in the text so each document stays on one line', () => {
    const text = 'Line one\nHe said "yes"'
    const doc = { entry: entry('cccc', 'Q', text), text, layers: [] }
    expect(exportJsonl([doc], DEFAULT_LABELS)).toBe(
      '{"id":"cccc","title":"Q","text":"Line one\\nHe said \\"yes\\"","spans":[]}\n',
    )
  })

  it('refuses a span whose text does not match the document, naming span and file', () => {
    const broken = { ...makeSpan('x9', VI, 0, 2), text: 'Ha' }
    const doc = viDoc([{ annotator: 'lan', spans: [broken] }])
    let failure: GlossFailure | undefined
    try {
      exportJsonl([doc], DEFAULT_LABELS)
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
        layers: [{ annotator: 'lan', spans }],
      }
    })
    const jsonl = exportJsonl(docs, DEFAULT_LABELS)
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
    const result = spawnSync('python3', ['-c', script], { input: jsonl, encoding: 'utf8' })
    const expectedSpans = docs.reduce((sum, doc) => sum + (doc.layers[0]?.spans.length ?? 0), 0)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe(`${expectedSpans} 0`)
  })
})
