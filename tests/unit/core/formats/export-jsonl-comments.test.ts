import { describe, expect, it } from 'vitest'

import type { CommentTarget, CommentThread } from '../../../../src-main/core/comments/comment'
import { GlossFailure } from '../../../../src-main/core/failure'
import { exportJsonl } from '../../../../src-main/core/formats/export-jsonl'
import { parseJsonl } from '../../../../src-main/core/formats/parse-jsonl'
import type { OffsetUnit } from '../../../../src-main/core/text/offsets'
import { makeSpan } from '../spans/make-span'
import { datasetDoc, layer, options } from './dataset-doc'

// "cam kết" sits after a skin-toned emoji: 13 code points in, 15 UTF-16 units, 24 bytes.
const VI = 'Thủ tướng 👍🏻 cam kết giảm 5% thuế'
const START = VI.indexOf('cam kết')
const END = START + 'cam kết'.length
const T0 = '2026-02-01T10:00:00.000Z'
const T1 = '2026-02-01T11:00:00.000Z'

const onSpan: CommentTarget = {
  kind: 'span',
  annotator: 'lan',
  spanId: 's1',
  start: START,
  end: END,
  label: 'commitment',
  text: 'cam kết',
}

const thread = (id: string, target: CommentTarget, extra: Partial<CommentThread> = {}) =>
  ({
    id,
    author: 'rita',
    target,
    createdAt: T0,
    comments: [{ id: `${id}-c`, author: 'rita', text: 'Is it a pledge?', createdAt: T0 }],
    resolved: false,
    resolution: null,
    ...extra,
  }) satisfies CommentThread

const lineOf = (threads: readonly CommentThread[], offsets: OffsetUnit = 'codepoints') => {
  const doc = {
    ...datasetDoc('aaaa1111bbbb2222', VI, [layer('lan', [makeSpan('s1', VI, START, END)])]),
    comments: threads,
  }
  const content = exportJsonl([doc], options({ offsets })).files[0]?.content ?? ''
  return { content, line: JSON.parse(content) as { comments: unknown[] } }
}

describe('comment threads in the native JSONL', () => {
  it('writes each thread with its target, state and comments, label by name', () => {
    const resolved = thread('t1', onSpan, {
      comments: [
        { id: 'a', author: 'rita', text: 'Is it a pledge?', createdAt: T0 },
        { id: 'b', author: 'lan', text: 'Yes: “cam kết”.', createdAt: T1 },
      ],
      resolved: true,
      resolution: { author: 'lan', resolved: true, createdAt: T1 },
    })

    expect(lineOf([resolved]).line.comments).toEqual([
      {
        id: 't1',
        author: 'rita',
        createdAt: T0,
        target: {
          kind: 'span',
          annotator: 'lan',
          spanId: 's1',
          label: 'Commitment',
          start: 13,
          end: 20,
          text: 'cam kết',
        },
        resolved: true,
        resolvedBy: 'lan',
        resolvedAt: T1,
        comments: [
          { author: 'rita', text: 'Is it a pledge?', createdAt: T0 },
          { author: 'lan', text: 'Yes: “cam kết”.', createdAt: T1 },
        ],
      },
    ])
  })

  it('gives a range target the same keys, null where a range has nothing to say', () => {
    const range: CommentTarget = { kind: 'range', start: START, end: END, text: 'cam kết' }
    const reopened = thread('t2', range, {
      resolution: { author: 'minh', resolved: false, createdAt: T1 },
    })

    expect(lineOf([reopened]).line.comments).toMatchObject([
      {
        target: {
          kind: 'range',
          annotator: null,
          spanId: null,
          label: null,
          start: 13,
          end: 20,
          text: 'cam kết',
        },
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
      },
    ])
  })

  it.each([
    ['utf16', 15, 22],
    ['bytes', 24, 33],
  ] as const)('counts target offsets in %s like the spans', (unit, start, end) => {
    expect(lineOf([thread('t1', onSpan)], unit).line).toMatchObject({
      spans: [{ start, end }],
      comments: [{ target: { start, end } }],
    })
  })

  it('writes threads in text order whatever order they come in', () => {
    const early: CommentTarget = { kind: 'range', start: 0, end: 3, text: 'Thủ' }
    const ids = (threads: CommentThread[]) =>
      (lineOf(threads).line.comments as { id: string }[]).map((t) => t.id)
    expect(ids([thread('late', onSpan), thread('early', early)])).toEqual(['early', 'late'])
    expect(lineOf([thread('late', onSpan), thread('early', early)]).content).toBe(
      lineOf([thread('early', early), thread('late', onSpan)]).content,
    )
  })

  it('refuses a target whose text does not match the document, naming the comment file', () => {
    let failure: GlossFailure | undefined
    try {
      lineOf([thread('t9', { ...onSpan, text: 'cam ket' })])
    } catch (error) {
      if (error instanceof GlossFailure) failure = error
    }
    expect(failure?.toError()).toEqual({
      code: 'conflict',
      message: `Cannot export comment thread t9 by rita in "Doc aaaa1111bbbb2222": its target does not fit the text (its text "cam ket" does not match the document at ${START}–${END} ("cam kết")).`,
      file: 'comments/rita/aaaa1111bbbb2222.json',
      hint: 'Fix or remove that thread in the file, then export again.',
    })
  })

  it('still imports: the parser reads the spans and leaves the comments out', () => {
    const withComments = lineOf([thread('t1', onSpan)]).content
    const without = lineOf([]).content
    expect(withComments).not.toBe(without)
    const parse = (text: string) => parseJsonl([{ name: 'x.jsonl', text }], 'codepoints')
    expect(parse(withComments)).toEqual(parse(without))
    expect(parse(withComments).problems).toEqual([])
  })
})
