import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { EMOJI_ID } from './support/dataset-fixture'
import {
  created,
  failure,
  ok,
  openedProject,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT/)

/** Alice tagged an astral phrase; Rita asked about it and about a range; Alice answered. */
async function reviewedProject() {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await uploadFixtures(alice, 'emoji-astral.txt')
  const { text } = await ok(alice, 'getDocument', { docId: EMOJI_ID })
  const span = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
  await ok(alice, 'applySpanChanges', { docId: EMOJI_ID, changes: created(span) })
  const rita = await openedProject(where, 'rita')
  const { start, end } = span
  const onSpan = {
    kind: 'span' as const,
    annotator: 'alice',
    spanId: 's1',
    start,
    end,
    label: 'claim',
    text: span.text,
  }
  const first = await ok(rita, 'addComment', { docId: EMOJI_ID, target: onSpan, text: 'A claim?' })
  const at = text.indexOf('families')
  await ok(rita, 'addComment', {
    docId: EMOJI_ID,
    target: { kind: 'range', start: at, end: at + 8, text: 'families' },
    text: 'Nobody tagged this.',
  })
  const threadId = first.threads[0]?.id ?? ''
  await ok(alice, 'addComment', { docId: EMOJI_ID, threadId, text: 'Yes, a slogan.' })
  await ok(alice, 'setThreadResolved', { docId: EMOJI_ID, threadId, resolved: true })
  return { where, alice, text }
}

const codePoints = (text: string, phrase: string) => {
  const start = [...text.slice(0, text.indexOf(phrase))].length
  return { start, end: start + [...phrase].length }
}

describe('exporting comment threads', () => {
  it('adds every author’s threads to the document’s native JSONL line, offsets in code points', async () => {
    const { alice, text } = await reviewedProject()

    const exported = await ok(alice, 'exportDataset', { format: 'jsonl', source: 'all' })

    const line = JSON.parse(exported.files[0]?.content ?? '') as { comments: unknown[] }
    expect(line.comments).toEqual([
      {
        id: expect.any(String),
        author: 'rita',
        createdAt: ISO,
        target: {
          kind: 'range',
          annotator: null,
          spanId: null,
          label: null,
          ...codePoints(text, 'families'),
          text: 'families',
        },
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        comments: [{ author: 'rita', text: 'Nobody tagged this.', createdAt: ISO }],
      },
      {
        id: expect.any(String),
        author: 'rita',
        createdAt: ISO,
        target: {
          kind: 'span',
          annotator: 'alice',
          spanId: 's1',
          label: 'Claim',
          ...codePoints(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒'),
          text: '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒',
        },
        resolved: true,
        resolvedBy: 'alice',
        resolvedAt: ISO,
        comments: [
          { author: 'rita', text: 'A claim?', createdAt: ISO },
          { author: 'alice', text: 'Yes, a slogan.', createdAt: ISO },
        ],
      },
    ])
  })

  it('stops a JSONL export at a comment file it cannot read, naming it; CSV does not read them', async () => {
    const { where, alice } = await reviewedProject()
    const broken = join(where.project, 'comments', 'minh', `${EMOJI_ID}.json`)
    await mkdir(join(where.project, 'comments', 'minh'), { recursive: true })
    await writeFile(broken, '{"version": 2}')

    const error = await failure(alice, 'exportDataset', { format: 'jsonl', source: 'all' })

    expect(error).toMatchObject({ code: 'unreadable-file', file: broken })
    expect((await ok(alice, 'exportDataset', { format: 'csv', source: 'all' })).spans).toBe(1)
  })
})
