import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  created,
  FIXTURES,
  handlersFor,
  ok,
  openedProject,
  stopHost,
  readJson,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const EMOJI_ID = '525068365206a9a3'
const VIETNAMESE_ID = 'e87f5009053e1767'

const fixtureText = (name: string) => readFile(join(FIXTURES, name), 'utf8')

describe('import → annotate → reload → export', () => {
  it('writes the project folder layout with one text file per imported article', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'emoji-astral.txt', 'vietnamese-nfc.txt')

    expect((await readdir(where.project)).sort()).toEqual([
      '.gitignore',
      '.gloss',
      'annotations',
      'documents',
      'gloss.json',
    ])
    expect((await readdir(join(where.project, 'documents'))).sort()).toEqual([
      `${EMOJI_ID}.txt`,
      `${VIETNAMESE_ID}.txt`,
      'index.json',
    ])
    expect(await readFile(join(where.project, 'documents', `${EMOJI_ID}.txt`), 'utf8')).toBe(
      await fixtureText('emoji-astral.txt'),
    )
  })

  it('records each article in the index with its title, source, hash, length and time', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'vietnamese-nfc.txt')

    const index = (await readJson(join(where.project, 'documents', 'index.json'))) as {
      documents: Record<string, unknown>[]
    }
    expect(index).toEqual({
      version: 1,
      documents: [
        {
          id: VIETNAMESE_ID,
          title: 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông',
          sourceName: 'vietnamese-nfc.txt',
          sha256: expect.stringMatching(/^e87f5009053e1767[0-9a-f]{48}$/),
          length: 260,
          added: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        },
      ],
    })
  })

  it('saves spans so that fresh handlers on the same folder load exactly them', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'emoji-astral.txt')
    const { text } = await ok(handlers, 'getDocument', { docId: EMOJI_ID })
    const claim = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
    const families = spanOn(text, 'families', 'statistic', 's2')
    await ok(handlers, 'applySpanChanges', { docId: EMOJI_ID, changes: created(claim, families) })

    await stopHost(handlers, where)
    const reopened = await handlersFor(where)
    await ok(reopened, 'openProject', { path: where.project, create: false })
    const { annotations } = await ok(reopened, 'getDocument', { docId: EMOJI_ID })
    expect(annotations.spans).toEqual([families, claim])
    expect(annotations.status).toBe('in-progress')
    expect(annotations.annotator).toBe('alice')
  })

  it('keeps the spans in annotations/<annotator>/<docId>.json', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'emoji-astral.txt')
    const { text } = await ok(handlers, 'getDocument', { docId: EMOJI_ID })
    const claim = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
    const saved = await ok(handlers, 'applySpanChanges', {
      docId: EMOJI_ID,
      changes: created(claim),
    })

    expect(await readJson(join(where.project, 'annotations', 'alice', `${EMOJI_ID}.json`))).toEqual(
      {
        version: 1,
        docId: EMOJI_ID,
        annotator: 'alice',
        status: 'in-progress',
        spans: [claim],
        updatedAt: saved.updatedAt,
      },
    )
  })

  it('exports every document with code point offsets, label names and annotators', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'emoji-astral.txt', 'vietnamese-nfc.txt')
    const emoji = (await ok(handlers, 'getDocument', { docId: EMOJI_ID })).text
    const viet = (await ok(handlers, 'getDocument', { docId: VIETNAMESE_ID })).text
    await ok(handlers, 'applySpanChanges', {
      docId: EMOJI_ID,
      changes: created(spanOn(emoji, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')),
    })
    await ok(handlers, 'applySpanChanges', {
      docId: VIETNAMESE_ID,
      changes: created(spanOn(viet, '12.500 hộ dân', 'statistic', 's2')),
    })

    const exported = await ok(handlers, 'exportDataset', { format: 'jsonl', source: 'me' })
    const emojiLine = {
      id: EMOJI_ID,
      title: 'Harbour festival draws record crowds 🎉',
      text: await fixtureText('emoji-astral.txt'),
      status: { alice: 'in-progress' },
      offsetUnit: 'codepoints',
      spans: [
        {
          start: 167,
          end: 177,
          label: 'Claim',
          text: '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒',
          annotator: 'alice',
          note: null,
          attributes: {},
        },
      ],
      comments: [],
    }
    const vietLine = {
      id: VIETNAMESE_ID,
      title: 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông',
      text: await fixtureText('vietnamese-nfc.txt'),
      status: { alice: 'in-progress' },
      offsetUnit: 'codepoints',
      spans: [
        {
          start: 188,
          end: 201,
          label: 'Statistic',
          text: '12.500 hộ dân',
          annotator: 'alice',
          note: null,
          attributes: {},
        },
      ],
      comments: [],
    }
    expect(exported).toEqual({
      suggestedName: 'project.jsonl',
      files: [
        {
          path: 'project.jsonl',
          content: `${JSON.stringify(emojiLine)}\n${JSON.stringify(vietLine)}\n`,
        },
      ],
      documents: 2,
      spans: 2,
      offsetUnit: 'codepoints',
      warnings: [],
    })
  })

  it("exports every annotator's layer with source 'all', and only mine with 'me'", async () => {
    const where = await setup()
    const alice = await openedProject(where, 'alice')
    await uploadFixtures(alice, 'vietnamese-nfc.txt')
    const { text } = await ok(alice, 'getDocument', { docId: VIETNAMESE_ID })
    await ok(alice, 'applySpanChanges', {
      docId: VIETNAMESE_ID,
      changes: created(spanOn(text, '12.500 hộ dân', 'statistic', 'a1')),
    })
    const bob = await openedProject(where, 'bob')
    await ok(bob, 'applySpanChanges', {
      docId: VIETNAMESE_ID,
      changes: created(spanOn(text, 'Hà Nội cam kết', 'commitment', 'b1')),
    })

    const all = await ok(alice, 'exportDataset', { format: 'jsonl', source: 'all' })
    const spansOf = (files: readonly { content: string }[]) =>
      (JSON.parse(files[0]?.content ?? '') as { spans: unknown[] }).spans
    expect(spansOf(all.files)).toEqual([
      {
        start: 0,
        end: 14,
        label: 'Commitment',
        text: 'Hà Nội cam kết',
        annotator: 'bob',
        note: null,
        attributes: {},
      },
      {
        start: 188,
        end: 201,
        label: 'Statistic',
        text: '12.500 hộ dân',
        annotator: 'alice',
        note: null,
        attributes: {},
      },
    ])
    const mine = await ok(bob, 'exportDataset', { format: 'jsonl', source: 'me' })
    expect(spansOf(mine.files)).toEqual([
      {
        start: 0,
        end: 14,
        label: 'Commitment',
        text: 'Hà Nội cam kết',
        annotator: 'bob',
        note: null,
        attributes: {},
      },
    ])
  })

  it('lists documents in import order with my status and span count', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'vietnamese-nfc.txt', 'emoji-astral.txt')
    const { text } = await ok(handlers, 'getDocument', { docId: EMOJI_ID })
    await ok(handlers, 'applySpanChanges', {
      docId: EMOJI_ID,
      changes: created(spanOn(text, 'families', 'statistic', 's1')),
    })

    expect(await ok(handlers, 'listDocuments', {})).toEqual([
      {
        id: VIETNAMESE_ID,
        title: 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông',
        added: expect.any(String),
        length: 260,
        status: 'todo',
        spanCount: 0,
        labelCounts: [],
        unresolvedComments: 0,
      },
      {
        id: EMOJI_ID,
        title: 'Harbour festival draws record crowds 🎉',
        added: expect.any(String),
        length: 246,
        status: 'in-progress',
        spanCount: 1,
        labelCounts: [{ label: 'statistic', spans: 1 }],
        unresolvedComments: 0,
      },
    ])
  })

  it('opens a document nobody annotated without writing a file for it', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'emoji-astral.txt')

    const opened = await ok(handlers, 'getDocument', { docId: EMOJI_ID })
    expect(opened.annotations).toEqual({
      version: 1,
      docId: EMOJI_ID,
      annotator: 'alice',
      status: 'todo',
      spans: [],
      updatedAt: opened.entry.added,
    })
    expect(await readdir(join(where.project, 'annotations'))).toEqual([])
  })
})
