import { beforeEach, describe, expect, it } from 'vitest'

import type { DocumentComments, GlossClient } from '../../../src-main/contract/endpoints'
import type { CommentThread } from '../../../src-main/core/comments/comment'
import type { GlossError } from '../../../src-main/core/result'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, DOC_ID, TEXT } from './fake-client'

const AT = '2026-01-02T00:00:00.000Z'
const thread = (id: string, resolved: boolean): CommentThread => ({
  id,
  author: 'rita',
  target: { kind: 'range', start: 0, end: 3, text: TEXT.slice(0, 3) },
  createdAt: AT,
  comments: [{ id: `${id}-c`, author: 'rita', text: 'Why?', createdAt: AT }],
  resolved,
  resolution: resolved ? { author: 'lan', resolved: true, createdAt: AT } : null,
})
const BROKEN: GlossError = {
  code: 'unreadable-file',
  message: 'Gloss cannot read /p/comments/minh/x.json: it is not valid JSON.',
  file: '/p/comments/minh/x.json',
  hint: 'Fix it or move it aside; Gloss will not overwrite it.',
}

describe('comment commands', () => {
  let store: Store<AppState>
  let commands: Commands
  let answer: DocumentComments
  const sent: unknown[] = []

  beforeEach(async () => {
    sent.length = 0
    answer = { threads: [thread('t1', false), thread('t2', true)], unreadable: [BROKEN] }
    const fake = createFakeClient()
    const respond = async (input: unknown) => {
      sent.push(input)
      return { ok: true as const, value: answer }
    }
    const client = {
      ...fake.client,
      listComments: respond,
      addComment: respond,
      setThreadResolved: respond,
    } as unknown as GlossClient
    store = createStore(initialAppState)
    commands = createCommands({ store, client })
    await commands.session.loadSession()
  })

  it('opening a document loads its threads, counts the open ones and reports unreadable files', () => {
    expect(store.get().comments[DOC_ID]?.map((t) => t.id)).toEqual(['t1', 't2'])
    expect(store.get().documents[0]?.unresolvedComments).toBe(1)
    expect(store.get().errors.map((shown) => shown.error)).toEqual([BROKEN])
  })

  it('a reply sends the thread and text and shows the threads the host returns', async () => {
    answer = { threads: [thread('t1', true), thread('t2', true)], unreadable: [] }

    expect(await commands.comments.reply(DOC_ID, 't1', 'Because.')).toBe(true)

    expect(sent.at(-1)).toEqual({ docId: DOC_ID, threadId: 't1', text: 'Because.' })
    expect(store.get().comments[DOC_ID]?.every((t) => t.resolved)).toBe(true)
    expect(store.get().documents[0]?.unresolvedComments).toBe(0)
  })

  it('C asks for the comment box only when a span is selected', () => {
    expect(commands.comments.compose()).toBe(false)
    expect(store.get().composeSeq).toBe(0)
    commands.annotate.selectSpan('s1')
    expect(commands.comments.compose()).toBe(true)
    expect(store.get().composeSeq).toBe(1)
  })
})
