import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { DocumentIndexFile } from '../../../src-main/core/project/project'
import { runSharedWriter } from './support/run-shared-writer'
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

const EMOJI = '525068365206a9a3'
const VIETNAMESE = 'e87f5009053e1767'
const indexOf = (where: Setup) => readJson(join(where.project, 'documents', 'index.json'))

async function twoArticles() {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'vietnamese-nfc.txt', 'emoji-astral.txt')
  return { where, handlers }
}

describe('renaming a document', () => {
  it('saves the trimmed title in documents/index.json and leaves every other field as it was', async () => {
    const { where, handlers } = await twoArticles()
    const before = (await indexOf(where)) as DocumentIndexFile

    const entry = await ok(handlers, 'renameDocument', {
      docId: EMOJI,
      title: '  Festival crowds at the harbour  ',
    })

    const after = (await indexOf(where)) as DocumentIndexFile
    expect(entry.title).toBe('Festival crowds at the harbour')
    expect(after).toEqual({
      ...before,
      documents: before.documents.map((one) =>
        one.id === EMOJI ? { ...one, title: 'Festival crowds at the harbour' } : one,
      ),
    })
  })

  it('shows the new title in the list, the open document and the review list', async () => {
    const { handlers } = await twoArticles()
    await ok(handlers, 'renameDocument', { docId: EMOJI, title: 'Festival crowds' })

    const listed = await ok(handlers, 'listDocuments', {})
    expect(listed.map((item) => item.title)).toEqual([
      'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông',
      'Festival crowds',
    ])
    expect((await ok(handlers, 'getDocument', { docId: EMOJI })).entry.title).toBe(
      'Festival crowds',
    )
    const review = await ok(handlers, 'listReview', {})
    expect(review.documents.find((item) => item.id === EMOJI)?.title).toBe('Festival crowds')
  })

  it('carries the new title into every export format that has a title', async () => {
    const { handlers } = await twoArticles()
    const { text } = await ok(handlers, 'getDocument', { docId: EMOJI })
    const span = spanOn(text, 'families', 'statistic', 's1')
    await ok(handlers, 'applySpanChanges', { docId: EMOJI, changes: created(span) })
    await ok(handlers, 'renameDocument', { docId: EMOJI, title: 'Festival crowds' })

    const titlesIn = async (format: 'jsonl' | 'doccano' | 'spacy' | 'labelstudio' | 'csv') => {
      const dataset = await ok(handlers, 'exportDataset', { format, source: 'all', docs: [EMOJI] })
      const content = dataset.files.map((file) => file.content).join('\n')
      const field = format === 'csv' ? /^525068365206a9a3,([^,]*),/gmu : /"title":\s*"([^"]*)"/gu
      return [...content.matchAll(field)].map((match) => match[1])
    }
    expect(await titlesIn('jsonl')).toEqual(['Festival crowds'])
    expect(await titlesIn('doccano')).toEqual(['Festival crowds'])
    expect(await titlesIn('spacy')).toEqual(['Festival crowds'])
    expect(await titlesIn('labelstudio')).toEqual(['Festival crowds'])
    expect(await titlesIn('csv')).toEqual(['Festival crowds'])
  })

  it.each([
    ['', 'A title cannot be empty.'],
    ['   ', 'A title cannot be empty.'],
    ['x'.repeat(201), 'A title has at most 200 characters.'],
    ['Festival\ncrowds', 'A title is one line: no line breaks or tabs.'],
  ])('refuses the title %j, saying why, and writes nothing', async (title, why) => {
    const { where, handlers } = await twoArticles()
    const before = await readFile(join(where.project, 'documents', 'index.json'), 'utf8')

    const error = await failure(handlers, 'renameDocument', { docId: EMOJI, title })

    expect(error).toEqual({
      code: 'invalid-input',
      message: `Invalid input for renameDocument at title: ${why}`,
    })
    expect(await readFile(join(where.project, 'documents', 'index.json'), 'utf8')).toBe(before)
  })

  it('accepts a title of exactly 200 characters', async () => {
    const { handlers } = await twoArticles()
    const entry = await ok(handlers, 'renameDocument', { docId: EMOJI, title: 'x'.repeat(200) })
    expect(entry.title).toBe('x'.repeat(200))
  })

  it('refuses a document the project does not have, and says to reload the list', async () => {
    const { handlers } = await twoArticles()
    const error = await failure(handlers, 'renameDocument', {
      docId: 'aaaaaaaabbbbbbbb',
      title: 'Festival crowds',
    })
    expect(error).toEqual({
      code: 'not-found',
      message: 'This project has no document with id aaaaaaaabbbbbbbb.',
      hint: 'Reload the document list.',
    })
  })

  it('loses none of the entries another program imports while it renames', async () => {
    const { where, handlers } = await twoArticles()
    const IMPORTED = 12
    const writer = { done: false }
    const importing = runSharedWriter('cli', where.project, where.dataDir, 'cli', String(IMPORTED))
    void importing.finally(() => (writer.done = true)).catch(() => undefined)

    // Renamed over and over for as long as the other program imports, one after another.
    let last = ''
    for (let n = 0; !writer.done; n++) {
      last = `Festival crowds, take ${n}`
      await ok(handlers, 'renameDocument', { docId: EMOJI, title: last })
    }
    await importing

    const index = (await indexOf(where)) as DocumentIndexFile
    expect(index.documents.map((entry) => entry.sourceName).sort()).toEqual(
      [
        'emoji-astral.txt',
        'vietnamese-nfc.txt',
        ...Array.from({ length: IMPORTED }, (_, n) => `cli-${n}.txt`),
      ].sort(),
    )
    expect(index.documents.find((entry) => entry.id === EMOJI)?.title).toBe(last)
  })
})

describe('the document list', () => {
  it('gives each document its date added and the current annotator’s spans per label', async () => {
    const { where, handlers } = await twoArticles()
    const { text } = await ok(handlers, 'getDocument', { docId: VIETNAMESE })
    await ok(handlers, 'applySpanChanges', {
      docId: VIETNAMESE,
      changes: created(
        spanOn(text, '12.500 hộ dân', 'statistic', 's1'),
        spanOn(text, 'Hà Nội cam kết', 'commitment', 's2'),
        spanOn(text, 'dữ liệu', 'commitment', 's3'),
      ),
    })
    const index = (await indexOf(where)) as DocumentIndexFile

    const listed = await ok(handlers, 'listDocuments', {})

    expect(listed.map(({ id, added, labelCounts }) => ({ id, added, labelCounts }))).toEqual([
      {
        id: VIETNAMESE,
        added: index.documents[0]?.added,
        labelCounts: [
          { label: 'commitment', spans: 2 },
          { label: 'statistic', spans: 1 },
        ],
      },
      { id: EMOJI, added: index.documents[1]?.added, labelCounts: [] },
    ])
  })
})
