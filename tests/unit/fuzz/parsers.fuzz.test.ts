import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type {
  AnnotationImportFormat,
  InputFile,
  ParsedAnnotations,
} from '../../../src-main/core/formats/dataset'
import { parseCorpus } from '../../../src-main/core/formats/parse-corpus'
import { anchorW3cDocument } from '../../../src-main/core/formats/parse-w3c-anchor'
import { PARSERS } from '../../../src-main/core/formats/parsers'
import type { OffsetUnit } from '../../../src-main/core/text/offsets'
import { FUZZ_TIMEOUT_MS, fuzzParameters } from '../../support/fuzz-runs'

// Pieces that make offsets and JSON hard: astral and combining characters, CRLF, quotes.
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'é',
    'e\u0301',
    '🎉',
    '👍🏻',
    ' ',
    '\n',
    '\r\n',
    '"',
    '\\',
    'Hà',
    '横',
    '\t',
  ),
  maxLength: 24,
})
const offset = fc.integer({ min: -2, max: 40 })
const label = fc.constantFrom('claim', 'statistic', '', 'Claim', 7)
const key = fc.constantFrom('a', 'note', '__proto__', 'constructor', 'prototype', 'toString')
const unit = fc.constantFrom<OffsetUnit>('codepoints', 'utf16', 'bytes')
// Anything JSON can hold, where the formats expect something else.
const junk = fc.jsonValue({ maxDepth: 3 })
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(fc.oneof(value, junk), { nil: undefined })

const jsonlSpan = fc.record(
  {
    start: offset,
    end: offset,
    label,
    text: maybe(text),
    annotator: maybe(fc.constantFrom('lan', 'CON', '../x', '_gold', 'a@b.c')),
    attributes: maybe(fc.dictionary(key, fc.oneof(fc.string(), fc.integer(), fc.boolean()))),
  },
  { requiredKeys: [] },
)
const jsonlLine = fc.record(
  {
    text,
    spans: fc.oneof(fc.array(jsonlSpan, { maxLength: 4 }), junk),
    offsetUnit: maybe(unit),
    status: maybe(fc.constantFrom('done', 'todo', 'nope')),
    id: maybe(fc.string()),
  },
  { requiredKeys: [] },
)
const doccanoLine = fc.record(
  {
    text,
    label: fc.array(fc.tuple(offset, offset, label), { maxLength: 4 }),
    entities: maybe(
      fc.array(fc.record({ start_offset: offset, end_offset: offset, label }), { maxLength: 3 }),
    ),
  },
  { requiredKeys: ['text'] },
)
const labelStudioTask = fc.record({
  data: fc.record({ text }, { requiredKeys: [] }),
  annotations: fc.array(
    fc.record({
      completed_by: maybe(fc.record({ email: fc.string() })),
      result: fc.array(
        fc.record(
          {
            type: fc.constantFrom('labels', 'choices', 'textarea'),
            from_name: fc.constant('label'),
            to_name: fc.constant('text'),
            value: fc.record(
              { start: offset, end: offset, text: maybe(text), labels: fc.array(label) },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['type'] },
        ),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 2 },
  ),
})
const w3cAnnotation = fc.record(
  {
    type: fc.constant('Annotation'),
    body: maybe(
      fc.record({
        type: fc.constant('TextualBody'),
        purpose: fc.constant('tagging'),
        value: label,
      }),
    ),
    target: maybe(
      fc.record({
        source: fc.constantFrom('urn:gloss:doc:0fd97b1faa0790ad', 'x', ''),
        selector: fc.array(
          fc.oneof(
            fc.record({ type: fc.constant('TextPositionSelector'), start: offset, end: offset }),
            fc.record({ type: fc.constant('TextQuoteSelector'), exact: text }),
          ),
          { maxLength: 2 },
        ),
      }),
    ),
  },
  { requiredKeys: ['type'] },
)

const lines = (line: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.array(fc.oneof(line, junk), { maxLength: 5 }), fc.constantFrom('\n', '\r\n'))
    .map(([items, end]) => items.map((item) => JSON.stringify(item) ?? 'undefined').join(end))

const bratLine = fc.oneof(
  fc
    .tuple(fc.nat(9), label, offset, offset, text)
    .map(([n, name, s, e, covered]) => `T${n}\t${String(name)} ${s} ${e}\t${covered}`),
  fc
    .tuple(fc.nat(9), label, offset, offset, offset, offset)
    .map(([n, name, a, b, c, d]) => `T${n}\t${String(name)} ${a} ${b};${c} ${d}\tx`),
  fc.tuple(fc.nat(9), key, fc.nat(9)).map(([n, name, t]) => `A${n}\t${name} T${t} yes`),
  fc
    .tuple(fc.nat(9), fc.nat(9), text)
    .map(([n, t, note]) => `#${n}\tAnnotatorNotes T${t}\t${note}`),
  fc.constantFrom('R1\tCause Arg1:T1 Arg2:T2', 'E1\tX:T1', '*\tEquiv T1 T2', 'garbage', ''),
)

/** Some characters of `source` changed, inserted or cut, with the characters formats break on. */
const mutate = (source: fc.Arbitrary<string>) =>
  fc
    .tuple(
      source,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '"',
            ',',
            ':',
            '\\',
            '0',
            '9',
            '\n',
            '\t',
            ' ',
            '-',
            ';',
            '\u0000',
            '🎉',
          ),
          fc.constantFrom('set', 'insert', 'cut'),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([input, edits]) => {
      const out = Array.from(input)
      for (const [at, character, edit] of edits) {
        const i = at % (out.length + 1)
        if (edit === 'set' && i < out.length) out[i] = character
        else if (edit === 'insert') out.splice(i, 0, character)
        else out.splice(i, 1)
      }
      return out.join('')
    })

const generatedAndMutated = (source: fc.Arbitrary<string>) => fc.oneof(source, mutate(source))

/** The files each format's fuzzing feeds it. */
const INPUTS: Record<AnnotationImportFormat, fc.Arbitrary<InputFile[]>> = {
  jsonl: generatedAndMutated(lines(jsonlLine)).map((t) => [{ name: 'f.jsonl', text: t }]),
  doccano: generatedAndMutated(lines(doccanoLine)).map((t) => [{ name: 'f.jsonl', text: t }]),
  labelstudio: generatedAndMutated(
    fc
      .array(fc.oneof(labelStudioTask, junk), { maxLength: 3 })
      .map((tasks) => JSON.stringify(tasks)),
  ).map((t) => [{ name: 'tasks.json', text: t }]),
  w3c: generatedAndMutated(
    fc.oneof(
      lines(w3cAnnotation),
      fc
        .array(w3cAnnotation, { maxLength: 3 })
        .map((items) => JSON.stringify({ type: 'AnnotationPage', items })),
    ),
  ).map((t) => [{ name: 'notes.jsonld', text: t }]),
  brat: fc
    .tuple(
      generatedAndMutated(text),
      generatedAndMutated(fc.array(bratLine, { maxLength: 6 }).map((items) => items.join('\n'))),
      fc.option(
        fc.constantFrom('# offsets: UTF-16 units\n', '# offsets: bytes\n', '# offsets: furlongs\n'),
      ),
    )
    .map(([txt, ann, conf]) => [
      { name: 'd.txt', text: txt },
      { name: 'd.ann', text: ann },
      ...(conf === null ? [] : [{ name: 'annotation.conf', text: conf }]),
    ]),
}

/** A typed answer: documents whose spans lie inside their text and cover what they say; problems with words. */
function checkParsed(parsed: ParsedAnnotations): void {
  for (const problem of parsed.problems) {
    expect(typeof problem.file).toBe('string')
    expect(problem.message.length).toBeGreaterThan(0)
    if (problem.line !== undefined) expect(Number.isInteger(problem.line)).toBe(true)
  }
  for (const document of parsed.documents) {
    expect(typeof document.text).toBe('string')
    for (const span of document.spans) {
      expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true)
      expect(span.start).toBeLessThan(span.end)
      expect(typeof span.label).toBe('string')
      expect(span.start).toBeGreaterThanOrEqual(0)
      expect(span.end).toBeLessThanOrEqual(document.text.length)
      expect(span.text).toBe(document.text.slice(span.start, span.end))
    }
  }
  const probe = {} as Record<string, unknown>
  expect([probe.isAdmin, probe.polluted, Object.keys(Object.prototype)]).toEqual([
    undefined,
    undefined,
    [],
  ])
}

// W3C documents carry no text: the import anchors them to the project's document once matched.
const PROJECT_TEXT = 'Hà Nội 🎉 cam kết\ngiảm 5% thuế'
function anchored(parsed: ParsedAnnotations, offsets: OffsetUnit): ParsedAnnotations {
  const results = parsed.documents.map((document) =>
    anchorW3cDocument(document, PROJECT_TEXT, offsets),
  )
  return {
    documents: results.map((result) => result.document),
    problems: [...parsed.problems, ...results.flatMap((result) => result.problems)],
  }
}

describe(
  'annotation parsers, fuzzed with generated and mutated files',
  { timeout: FUZZ_TIMEOUT_MS },
  () => {
    it.each(Object.keys(INPUTS) as AnnotationImportFormat[])(
      '%s: every input ends in documents and problems, never an exception',
      (format) => {
        fc.assert(
          fc.property(INPUTS[format], unit, (files, offsets) => {
            const parsed = PARSERS[format](files, offsets)
            checkParsed(format === 'w3c' ? anchored(parsed, offsets) : parsed)
          }),
          fuzzParameters(),
        )
      },
    )

    it('article corpora (.json/.jsonl): every input ends in documents and problems', () => {
      const corpus = generatedAndMutated(
        fc.oneof(
          lines(fc.record({ text, title: maybe(text), id: maybe(fc.string()) })),
          junk.map((v) => JSON.stringify(v)),
        ),
      )
      fc.assert(
        fc.property(corpus, fc.constantFrom('c.jsonl', 'c.json'), (source, name) => {
          const parsed = parseCorpus({ name, text: source })
          for (const document of parsed.documents) expect(typeof document.text).toBe('string')
          for (const problem of parsed.problems) expect(problem.message.length).toBeGreaterThan(0)
        }),
        fuzzParameters(),
      )
    })
  },
)
