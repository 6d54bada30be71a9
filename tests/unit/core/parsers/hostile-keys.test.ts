import { afterEach, describe, expect, it } from 'vitest'

import type { AnnotationParser } from '../../../../src-main/core/formats/dataset'
import { parseCorpus } from '../../../../src-main/core/formats/parse-corpus'
import { PARSERS } from '../../../../src-main/core/formats/parsers'
import { file } from './fixtures'

// The classic payload: through a naive deep merge it makes ({}).isAdmin and ({}).polluted true.
const POLLUTING = '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}'
const TEXT = 'Ministers agree to share river data.'
const SPAN = { start: 0, end: 9, label: 'Claim' }

const parse = (parser: AnnotationParser, name: string, text: string) =>
  parser([file(name, text)], 'codepoints')

/** Whether anything reached Object.prototype. */
const prototypeUntouched = (): boolean => {
  const probe = {} as Record<string, unknown>
  return (
    probe.isAdmin === undefined &&
    probe.polluted === undefined &&
    Object.getOwnPropertyNames(Object.prototype).every(
      (key) => !['isAdmin', 'polluted'].includes(key),
    )
  )
}

afterEach(() => {
  // A failing test must not leave the prototype dirty for the next one.
  delete (Object.prototype as Record<string, unknown>).isAdmin
  delete (Object.prototype as Record<string, unknown>).polluted
})

describe('annotation files with prototype-polluting keys', () => {
  it.each([
    ['__proto__', { text: TEXT, spans: [SPAN], ['__proto__']: { isAdmin: true } }],
    ['constructor', { text: TEXT, spans: [SPAN], constructor: { prototype: { polluted: true } } }],
    ['prototype', { text: TEXT, spans: [{ ...SPAN, prototype: 1 }] }],
  ])('native JSONL: skips a line with a %s key, naming the line', (key, line) => {
    // JSON.stringify drops a literal __proto__ key, so it is spliced in as text.
    const source = key === '__proto__' ? POLLUTING : JSON.stringify(line)
    const parsed = parse(
      PARSERS.jsonl,
      'hostile.jsonl',
      `${JSON.stringify({ text: TEXT, spans: [] })}\n${source}\n`,
    )
    expect(parsed.documents).toHaveLength(1)
    expect(parsed.problems).toEqual([
      {
        file: 'hostile.jsonl',
        line: 2,
        message: `line 2 was skipped: it has the key "${key}", which Gloss does not accept`,
      },
    ])
    expect(prototypeUntouched()).toBe(true)
  })

  it('native JSONL: refuses a span whose attributes hide a __proto__ key under a JSON escape', () => {
    const line = `{"text":"${TEXT}","spans":[{"start":0,"end":9,"label":"Claim","attributes":{"\\u005f_proto__":{"isAdmin":true}}}]}`
    expect(parse(PARSERS.jsonl, 'escaped.jsonl', line).problems).toEqual([
      {
        file: 'escaped.jsonl',
        line: 1,
        message: 'line 1 was skipped: it has the key "__proto__", which Gloss does not accept',
      },
    ])
    expect(prototypeUntouched()).toBe(true)
  })

  it('doccano: skips the polluting line', () => {
    const parsed = parse(PARSERS.doccano, 'hostile.jsonl', POLLUTING)
    expect(parsed).toEqual({
      documents: [],
      problems: [
        {
          file: 'hostile.jsonl',
          line: 1,
          message: 'line 1 was skipped: it has the key "__proto__", which Gloss does not accept',
        },
      ],
    })
    expect(prototypeUntouched()).toBe(true)
  })

  it('Label Studio: imports nothing from a task list with a polluting key in a task', () => {
    const tasks = `[{"id":1,"data":{"text":"${TEXT}"},"annotations":[],"meta":${POLLUTING}}]`
    expect(parse(PARSERS.labelstudio, 'tasks.json', tasks)).toEqual({
      documents: [],
      problems: [
        {
          file: 'tasks.json',
          message:
            'nothing was imported from this file: it has the key "__proto__", which Gloss does not accept',
        },
      ],
    })
    expect(prototypeUntouched()).toBe(true)
  })

  it('W3C: imports nothing from a file with a polluting key', () => {
    expect(parse(PARSERS.w3c, 'notes.jsonld', POLLUTING).problems).toEqual([
      {
        file: 'notes.jsonld',
        message:
          'nothing was imported from this file: it has the key "__proto__", which Gloss does not accept',
      },
    ])
    expect(prototypeUntouched()).toBe(true)
  })

  it('article corpora: skips a record with a polluting key', () => {
    const corpus = parseCorpus({ name: 'corpus.jsonl', text: `${POLLUTING}\n{"text":"${TEXT}"}\n` })
    expect(corpus.documents.map((document) => document.text)).toEqual([TEXT])
    expect(corpus.problems.map((problem) => problem.message)).toEqual([
      'line 1 was skipped: it has the key "__proto__", which Gloss does not accept',
    ])
    expect(prototypeUntouched()).toBe(true)
  })

  it.each(['__proto__', 'constructor', 'prototype'])(
    'brat: skips an attribute named %s and keeps the span',
    (name) => {
      const parsed = PARSERS.brat(
        [file('d.txt', TEXT), file('d.ann', `T1\tClaim 0 9\tMinisters\nA1\t${name} T1 yes\n`)],
        'codepoints',
      )
      expect(parsed.documents[0]?.spans).toEqual([
        { start: 0, end: 9, label: 'Claim', text: 'Ministers', where: 'line 1, T1' },
      ])
      expect(parsed.problems).toEqual([
        {
          file: 'd.ann',
          line: 2,
          where: 'line 2, A1',
          message: `line 2, A1: "${name}" cannot be an attribute's name in Gloss; skipped`,
        },
      ])
      expect(prototypeUntouched()).toBe(true)
    },
  )

  it('brat: keeps an attribute named like an inherited method (toString) as a plain attribute', () => {
    const parsed = PARSERS.brat(
      [file('d.txt', TEXT), file('d.ann', 'T1\tClaim 0 9\tMinisters\nA1\ttoString T1 yes\n')],
      'codepoints',
    )
    expect(parsed.problems).toEqual([])
    const attributes = parsed.documents[0]?.spans[0]?.attributes
    expect(attributes).toEqual({ toString: 'yes' })
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype)
  })
})

describe('annotation files nested absurdly deep', () => {
  const deep = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`

  it('native JSONL: skips a line nested 100,000 levels deep instead of overflowing the stack', () => {
    expect(parse(PARSERS.jsonl, 'deep.jsonl', deep(100_000)).problems).toEqual([
      {
        file: 'deep.jsonl',
        line: 1,
        message: 'line 1 was skipped: it is nested more than 64 levels deep',
      },
    ])
  })

  it('Label Studio: imports nothing from a file nested 100,000 levels deep', () => {
    expect(parse(PARSERS.labelstudio, 'deep.json', deep(100_000)).problems).toEqual([
      {
        file: 'deep.json',
        message: 'nothing was imported from this file: it is nested more than 64 levels deep',
      },
    ])
  })

  it('accepts nesting at the limit: the line is read and reported for its shape', () => {
    expect(parse(PARSERS.jsonl, 'limit.jsonl', deep(64)).problems).toEqual([
      {
        file: 'limit.jsonl',
        line: 1,
        where: 'line 1',
        message: 'line 1: expected an object with "text" and "spans", found a list',
      },
    ])
  })
})
