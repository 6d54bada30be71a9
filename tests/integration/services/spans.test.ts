import { readFile } from 'node:fs/promises'

import { describe, expect, it } from 'vitest'

import { changeSetInput } from '../../../src-main/contract/as-input'
import { invertChangeSet } from '../../../src-main/core/spans/change-set'
import { EMOJI_DOC, emojiProject } from './support/emoji-project'
import { created, failure, ok, readJson, spanOf, spanOn } from './support/project-fixture'

const DOC = EMOJI_DOC

const spansOnDisk = async (file: string) => ((await readJson(file)) as { spans: unknown[] }).spans

describe('span edits', () => {
  it('moves the status from todo to in-progress on the first edit, and to done when asked', async () => {
    const { handlers, text, file } = await emojiProject()
    const claim = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')

    expect(
      (await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(claim) })).status,
    ).toBe('in-progress')
    const done = await ok(handlers, 'setDocumentStatus', { docId: DOC, status: 'done' })
    expect(done.status).toBe('done')
    expect(await readJson(file)).toMatchObject({ status: 'done', updatedAt: done.updatedAt })

    const more = spanOn(text, 'families', 'statistic', 's2')
    expect(
      (await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(more) })).status,
    ).toBe('done')
  })

  it('marks an untouched document done without any span', async () => {
    const { handlers, file } = await emojiProject()
    await ok(handlers, 'setDocumentStatus', { docId: DOC, status: 'done' })
    expect(await readJson(file)).toMatchObject({ status: 'done', spans: [] })
  })

  it('undoes an edit with its inverse, leaving the file with the spans it had before', async () => {
    const { handlers, text, file } = await emojiProject()
    const claim = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(claim) })
    const relabel = {
      created: [spanOn(text, 'families', 'statistic', 's2')],
      updated: [{ old: claim, new: { ...claim, label: 'commitment', note: 'a pledge?' } }],
      deleted: [],
    }
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: relabel })
    expect(await spansOnDisk(file)).toEqual([relabel.created[0], relabel.updated[0]?.new])

    await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: changeSetInput(invertChangeSet(relabel)),
    })
    expect(await spansOnDisk(file)).toEqual([claim])
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: relabel })
    expect(await spansOnDisk(file)).toEqual([relabel.created[0], relabel.updated[0]?.new])
  })

  it('refuses a stale undo as a conflict and keeps the file', async () => {
    const { handlers, text, file } = await emojiProject()
    const claim = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(claim) })
    const before = await readFile(file, 'utf8')

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(claim),
    })
    expect(error.code).toBe('conflict')
    expect(error.message).toBe('Cannot create span s1: a span with that id already exists.')
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('refuses a span whose text does not match the document at its offsets', async () => {
    const { handlers, text } = await emojiProject()
    const wrong = { ...spanOf(text, 0, 7, 'claim', 's1'), text: 'Festival' }

    expect(
      await failure(handlers, 'applySpanChanges', { docId: DOC, changes: created(wrong) }),
    ).toEqual({
      code: 'invalid-input',
      message:
        'Span s1 cannot be saved: its text "Festival" does not match the document at 0–7 ("Harbour").',
      hint: 'Reload the document and make the change again.',
    })
  })

  it('refuses a span that splits an emoji surrogate pair', async () => {
    const { handlers, text } = await emojiProject()
    const start = text.indexOf('🎉')

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOf(text, start, start + 1, 'claim', 's1')),
    })
    expect(error.message).toBe(
      `Span s1 cannot be saved: its end ${start + 1} splits a surrogate pair.`,
    )
  })

  it('says which document id is unknown', async () => {
    const { handlers } = await emojiProject()
    expect(await failure(handlers, 'getDocument', { docId: 'ffffffffffffffff' })).toEqual({
      code: 'not-found',
      message: 'This project has no document with id ffffffffffffffff.',
      hint: 'Reload the document list.',
    })
  })

  it('writes nothing for an empty change set', async () => {
    const { handlers } = await emojiProject()
    const state = await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: { created: [], updated: [], deleted: [] },
    })
    const { entry } = await ok(handlers, 'getDocument', { docId: DOC })
    expect(state).toEqual({ updatedAt: entry.added, status: 'todo' })
    expect((await ok(handlers, 'listDocuments', {}))[0]?.status).toBe('todo')
  })

  it('saves many edits sent at once in order, losing none', async () => {
    const { handlers, text, file } = await emojiProject()
    const words = ['Harbour', 'festival', 'draws', 'record', 'crowds', 'Organisers', 'said']
    const spans = words.map((word, i) => spanOn(text, word, 'claim', `w${i}`))

    await Promise.all(
      spans.map((span) => ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(span) })),
    )
    expect(await spansOnDisk(file)).toEqual(spans)
  })
})
