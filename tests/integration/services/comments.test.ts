import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import type { SpanTarget } from '../../../src-main/core/comments/comment'
import {
  created,
  failure,
  ok,
  openedProject,
  readJson,
  setup,
  spanOn,
  uploadFixtures,
  type Setup,
} from './support/project-fixture'

const DOC = '0fd97b1faa0790ad'
const PHRASE = '14 bus routes'
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
const UUID = expect.stringMatching(/^[0-9a-f-]{36}$/)

interface Team {
  readonly where: Setup
  readonly alice: Handlers
  readonly rita: Handlers
  readonly target: SpanTarget
  readonly text: string
}

/** Alice tagged "14 bus routes"; Rita reviews the same project as herself. */
async function team(): Promise<Team> {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await uploadFixtures(alice, 'crlf-line-endings.txt')
  const { text } = await ok(alice, 'getDocument', { docId: DOC })
  const span = spanOn(text, PHRASE, 'statistic', 's1')
  await ok(alice, 'applySpanChanges', { docId: DOC, changes: created(span) })
  const rita = await openedProject(where, 'rita')
  const target: SpanTarget = {
    kind: 'span',
    annotator: 'alice',
    spanId: 's1',
    start: span.start,
    end: span.end,
    label: 'statistic',
    text: PHRASE,
  }
  return { where, alice, rita, target, text }
}

const commentFile = (where: Setup, author: string) =>
  join(where.project, 'comments', author, `${DOC}.json`)

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

describe('comment threads', () => {
  it('a reviewer’s thread on an annotator’s span is saved in the reviewer’s own file only', async () => {
    const { where, alice, rita, target } = await team()

    await ok(rita, 'addComment', { docId: DOC, target, text: '  Is this per year?  ' })

    expect(await readJson(commentFile(where, 'rita'))).toEqual({
      version: 1,
      docId: DOC,
      author: 'rita',
      entries: [
        { kind: 'thread', id: UUID, target, createdAt: ISO },
        { kind: 'comment', id: UUID, threadId: UUID, text: 'Is this per year?', createdAt: ISO },
      ],
      updatedAt: ISO,
    })
    const { entries } = (await readJson(commentFile(where, 'rita'))) as {
      entries: { id: string; threadId?: string }[]
    }
    expect(entries[1]?.threadId).toBe(entries[0]?.id)
    expect(await exists(commentFile(where, 'alice'))).toBe(false)
    const seen = await ok(alice, 'listComments', { docId: DOC })
    expect(seen).toEqual({
      threads: [
        {
          id: UUID,
          author: 'rita',
          target,
          createdAt: ISO,
          comments: [{ id: UUID, author: 'rita', text: 'Is this per year?', createdAt: ISO }],
          resolved: false,
          resolution: null,
        },
      ],
      unreadable: [],
    })
  })

  it('a reply and a resolve go to the replier’s file; the starter’s file stays byte-identical', async () => {
    const { where, alice, rita, target } = await team()
    const started = await ok(rita, 'addComment', { docId: DOC, target, text: 'Per year?' })
    const threadId = started.threads[0]?.id ?? ''
    const ritaBefore = await readFile(commentFile(where, 'rita'))

    await ok(alice, 'addComment', { docId: DOC, threadId, text: 'No, in total.' })
    const after = await ok(alice, 'setThreadResolved', { docId: DOC, threadId, resolved: true })

    expect((await readFile(commentFile(where, 'rita'))).equals(ritaBefore)).toBe(true)
    expect(await readJson(commentFile(where, 'alice'))).toMatchObject({
      author: 'alice',
      entries: [
        { kind: 'comment', threadId, text: 'No, in total.' },
        { kind: 'resolution', threadId, resolved: true },
      ],
    })
    expect(after.threads.map((t) => [t.resolved, t.resolution?.author, t.comments.length])).toEqual(
      [[true, 'alice', 2]],
    )
    expect(after.threads[0]?.comments.map((c) => `${c.author}: ${c.text}`)).toEqual([
      'rita: Per year?',
      'alice: No, in total.',
    ])
  })

  it('the latest resolve or reopen decides, whoever made it', async () => {
    const { alice, rita, target } = await team()
    const { threads } = await ok(rita, 'addComment', { docId: DOC, target, text: 'Per year?' })
    const threadId = threads[0]?.id ?? ''
    await ok(alice, 'setThreadResolved', { docId: DOC, threadId, resolved: true })

    const reopened = await ok(rita, 'setThreadResolved', { docId: DOC, threadId, resolved: false })

    expect(reopened.threads[0]).toMatchObject({
      resolved: false,
      resolution: { author: 'rita', resolved: false },
    })
    expect((await ok(alice, 'listComments', { docId: DOC })).threads[0]?.resolved).toBe(false)
  })

  it('resolving a thread that is already resolved writes nothing', async () => {
    const { where, alice, rita, target } = await team()
    const { threads } = await ok(rita, 'addComment', { docId: DOC, target, text: 'Per year?' })

    await ok(alice, 'setThreadResolved', {
      docId: DOC,
      threadId: threads[0]?.id ?? '',
      resolved: false,
    })

    expect(await exists(commentFile(where, 'alice'))).toBe(false)
  })

  it('a thread on a range of the text, and one on a span since deleted, still list', async () => {
    const { alice, rita, target, text } = await team()
    const start = text.indexOf('by March')
    const range = { kind: 'range' as const, start, end: start + 8, text: 'by March' }
    await ok(rita, 'addComment', { docId: DOC, target: range, text: 'Lan and Minh disagree here.' })
    await ok(rita, 'addComment', { docId: DOC, target, text: 'Per year?' })
    const { annotations } = await ok(alice, 'getDocument', { docId: DOC })
    await ok(alice, 'applySpanChanges', {
      docId: DOC,
      changes: { created: [], updated: [], deleted: [...annotations.spans] },
    })

    const { threads } = await ok(alice, 'listComments', { docId: DOC })
    expect(threads.map((thread) => thread.target)).toEqual([target, range])
  })

  it('the document list counts each document’s unresolved threads', async () => {
    const { alice, rita, target } = await team()
    await uploadFixtures(alice, 'utf8-bom.txt')
    const first = await ok(rita, 'addComment', { docId: DOC, target, text: 'One' })
    await ok(rita, 'addComment', { docId: DOC, target, text: 'Two' })
    await ok(alice, 'setThreadResolved', {
      docId: DOC,
      threadId: first.threads[0]?.id ?? '',
      resolved: true,
    })

    const list = await ok(alice, 'listDocuments', {})
    expect(list.map((item) => [item.id === DOC, item.unresolvedComments])).toEqual([
      [true, 1],
      [false, 0],
    ])
  })
})

describe('comment files Gloss cannot read', () => {
  const BROKEN = '{"version": 1, "docId": "0fd9'

  async function withBrokenRitaFile() {
    const made = await team()
    const file = commentFile(made.where, 'rita')
    await mkdir(join(made.where.project, 'comments', 'rita'), { recursive: true })
    await writeFile(file, BROKEN)
    return { ...made, file }
  }

  it('are reported by name while everyone else’s threads still show', async () => {
    const { alice, target, file } = await withBrokenRitaFile()
    await ok(alice, 'addComment', { docId: DOC, target, text: 'Note to self.' })

    const { threads, unreadable } = await ok(alice, 'listComments', { docId: DOC })

    expect(threads.map((t) => t.comments[0]?.text)).toEqual(['Note to self.'])
    expect(unreadable).toEqual([
      {
        code: 'unreadable-file',
        message: expect.stringMatching(`^Gloss cannot read ${file}: it is not valid JSON`),
        file,
        hint: 'Fix it or move it aside; Gloss will not overwrite it.',
      },
    ])
  })

  it('are never overwritten by their author’s next comment', async () => {
    const { rita, target, file } = await withBrokenRitaFile()

    const error = await failure(rita, 'addComment', { docId: DOC, target, text: 'Per year?' })

    expect(error).toMatchObject({ code: 'unreadable-file', file })
    expect(await readFile(file, 'utf8')).toBe(BROKEN)
  })

  it('are refused when they lie in another author’s folder', async () => {
    const { where, alice, rita, target } = await team()
    await ok(rita, 'addComment', { docId: DOC, target, text: 'Per year?' })
    const forged = commentFile(where, 'alice')
    await mkdir(join(where.project, 'comments', 'alice'), { recursive: true })
    await writeFile(forged, await readFile(commentFile(where, 'rita')))

    const { unreadable } = await ok(alice, 'listComments', { docId: DOC })

    expect(unreadable.map((error) => error.message)).toEqual([
      `Gloss cannot read ${forged}: it is signed by rita, but lies in alice's folder.`,
    ])
  })
})

describe('comment requests that make no sense', () => {
  it('refuse an empty comment', async () => {
    const { rita, target } = await team()
    expect(await failure(rita, 'addComment', { docId: DOC, target, text: ' \n ' })).toEqual({
      code: 'invalid-input',
      message:
        'Invalid input for addComment at text: a comment cannot be empty: write something first',
    })
  })

  it('refuse a reply to a thread the document does not have', async () => {
    const { alice } = await team()
    expect(
      await failure(alice, 'addComment', { docId: DOC, threadId: 'no-such-thread', text: 'Hi' }),
    ).toEqual({
      code: 'not-found',
      message: '"Council pledges new bus routes" has no comment thread no-such-thread.',
      hint: 'Reload the document: the thread may have been removed from its author’s comment file.',
    })
    expect(
      await failure(alice, 'setThreadResolved', { docId: DOC, threadId: 'nope', resolved: true }),
    ).toMatchObject({ code: 'not-found' })
  })

  it('refuse a target whose text is not what its offsets cover', async () => {
    const { rita, target } = await team()
    const error = await failure(rita, 'addComment', {
      docId: DOC,
      target: { ...target, text: '15 bus routes' },
      text: 'Per year?',
    })
    expect(error).toEqual({
      code: 'invalid-input',
      message: `Cannot comment on this span s1 in "Council pledges new bus routes": its text "15 bus routes" does not match the document at ${target.start}–${target.end} ("14 bus routes").`,
      hint: 'Reload the document and start the thread again.',
    })
  })

  it('refuse both a target and a thread, or neither', async () => {
    const { rita, target } = await team()
    const both = await failure(rita, 'addComment', { docId: DOC, target, threadId: 'x', text: 'a' })
    expect(both.message).toBe(
      'Invalid input for addComment: give a target (to start a thread) or a threadId (to reply), not both',
    )
    expect((await failure(rita, 'addComment', { docId: DOC, text: 'a' })).message).toBe(
      both.message,
    )
  })

  it('refuse a document the project does not have', async () => {
    const { rita } = await team()
    expect(await failure(rita, 'listComments', { docId: 'ffffffffffffffff' })).toMatchObject({
      code: 'not-found',
      message: 'This project has no document with id ffffffffffffffff.',
    })
  })
})
