import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import { CRLF_ID, layersOnDisk, snapshot, VIETNAMESE_ID } from './support/dataset-fixture'
import {
  created,
  failure,
  FIXTURES,
  handlersFor,
  ok,
  openedProject,
  readJson,
  setup,
  spanOn,
  uploadFixtures,
  type Setup,
} from './support/project-fixture'

const CRLF_TEXT =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'
const NEW_TEXT = 'Port authority reports 3 new cranes.\n'
const NEW_ID = 'a39f8e64bbbeb7a9'

const upload = (name: string, content: string | Buffer) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
})

interface LineSpan {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text?: string
  readonly annotator?: string
  readonly note?: string
}

/** One line of Gloss's native JSONL, offsets in code points (these texts are ASCII). */
const jsonlLine = (text: string, spans: LineSpan[], extra: object = {}): string =>
  JSON.stringify({ text, ...extra, spans })

/** A span over the first `phrase` in `text` as a file states it. */
const stated = (text: string, phrase: string, label: string, annotator?: string): LineSpan => {
  const start = text.indexOf(phrase)
  return {
    start,
    end: start + phrase.length,
    label,
    text: phrase,
    ...(annotator !== undefined && { annotator }),
  }
}

/** A project holding the CRLF article, and handlers annotating as `annotator`. */
async function projectWithArticle(annotator = 'carol'): Promise<[Setup, Handlers]> {
  const where = await setup()
  const handlers = await openedProject(where, annotator)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  return [where, handlers]
}

describe('importing annotations', () => {
  it('adds a document the project does not have, with its title and spans', async () => {
    const [where, carol] = await projectWithArticle()
    const file = upload(
      'ports.jsonl',
      jsonlLine(NEW_TEXT, [stated(NEW_TEXT, '3 new cranes', 'statistic')], { title: 'Cranes' }),
    )
    expect(await ok(carol, 'importAnnotations', { format: 'jsonl', uploads: [file] })).toEqual({
      documentsMatched: 0,
      documentsAdded: 1,
      spansImported: 1,
      spansSkipped: 0,
      annotators: ['carol'],
      problems: [],
    })
    const index = (await readJson(join(where.project, 'documents', 'index.json'))) as {
      documents: { id: string; title: string; sourceName: string }[]
    }
    expect(index.documents[1]).toMatchObject({
      id: NEW_ID,
      title: 'Cranes',
      sourceName: 'ports.jsonl',
    })
    expect(await layersOnDisk(where.project)).toEqual({
      [`carol/${NEW_ID}`]: [{ start: 23, end: 35, label: 'statistic', text: '3 new cranes' }],
    })
  })

  it('matches a document by its normalised text: CRLF and decomposed accents', async () => {
    const [where, carol] = await projectWithArticle()
    await uploadFixtures(carol, 'vietnamese-nfc.txt')
    const crlf = CRLF_TEXT.replaceAll('\n', '\r\n')
    const nfd = (await readFile(join(FIXTURES, 'vietnamese-nfd.txt'), 'utf8')).normalize('NFD')
    const label = (text: string, phrase: string) => {
      const start = text.indexOf(phrase)
      return { text, label: [[start, start + phrase.length, 'Statistic']] }
    }
    const lines = [
      JSON.stringify(label(crlf, '14 bus routes')),
      JSON.stringify(label(nfd, '12.500 hộ dân'.normalize('NFD'))),
    ].join('\n')

    const summary = await ok(carol, 'importAnnotations', {
      format: 'doccano',
      uploads: [upload('doccano.jsonl', lines)],
    })
    expect([summary.documentsMatched, summary.documentsAdded, summary.spansImported]).toEqual([
      2, 0, 2,
    ])
    expect(await layersOnDisk(where.project)).toEqual({
      [`carol/${CRLF_ID}`]: [{ start: 53, end: 66, label: 'statistic', text: '14 bus routes' }],
      [`carol/${VIETNAMESE_ID}`]: [
        { start: 188, end: 201, label: 'statistic', text: '12.500 hộ dân' },
      ],
    })
  })

  it('keeps the spans a layer has, adds only new ones and takes the status from the file', async () => {
    const [where, carol] = await projectWithArticle()
    const kept = spanOn(CRLF_TEXT, '14 bus routes', 'statistic', 'mine')
    await ok(carol, 'applySpanChanges', { docId: CRLF_ID, changes: created(kept) })
    const file = upload(
      'again.jsonl',
      jsonlLine(
        CRLF_TEXT,
        [
          stated(CRLF_TEXT, '14 bus routes', 'Statistic'),
          stated(CRLF_TEXT, 'Ridership rose 8%', 'statistic'),
        ],
        { status: 'done' },
      ),
    )

    const summary = await ok(carol, 'importAnnotations', { format: 'jsonl', uploads: [file] })
    expect([summary.spansImported, summary.spansSkipped]).toEqual([1, 0])
    const saved = (await readJson(
      join(where.project, 'annotations', 'carol', `${CRLF_ID}.json`),
    )) as { status: string; spans: { id: string; text: string; createdAt: string }[] }
    expect(saved.status).toBe('done')
    expect(saved.spans.map((span) => [span.text, span.id === 'mine'])).toEqual([
      ['14 bus routes', true],
      ['Ridership rose 8%', false],
    ])
    expect(saved.spans[1]?.id).toMatch(/^[0-9a-f-]{36}$/u)
    expect(saved.spans[0]).toEqual(kept)
  })

  it("writes to the file's annotator, or to --annotator when given, else to me", async () => {
    const [where, carol] = await projectWithArticle()
    const lines = [
      jsonlLine(CRLF_TEXT, [stated(CRLF_TEXT, '14 bus routes', 'statistic', 'dana')]),
      jsonlLine(NEW_TEXT, [stated(NEW_TEXT, '3 new cranes', 'statistic')]),
    ].join('\n')
    await ok(carol, 'importAnnotations', { format: 'jsonl', uploads: [upload('a.jsonl', lines)] })
    expect(Object.keys(await layersOnDisk(where.project))).toEqual([
      `carol/${NEW_ID}`,
      `dana/${CRLF_ID}`,
    ])

    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      annotator: 'erin',
      uploads: [upload('a.jsonl', lines)],
    })
    expect(summary.annotators).toEqual(['erin'])
    expect(Object.keys(await layersOnDisk(where.project))).toEqual([
      `carol/${NEW_ID}`,
      `dana/${CRLF_ID}`,
      `erin/${CRLF_ID}`,
      `erin/${NEW_ID}`,
    ])
  })

  it('matches W3C annotations to documents by their source, since they carry no text', async () => {
    const [where, carol] = await projectWithArticle()
    const at = CRLF_TEXT.indexOf('14 bus routes')
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Statistic' }],
      target: {
        source: `urn:gloss:doc:${CRLF_ID}`,
        selector: [
          { type: 'TextPositionSelector', start: at, end: at + 13 },
          { type: 'TextQuoteSelector', exact: '14 bus routes' },
        ],
      },
    }
    const summary = await ok(carol, 'importAnnotations', {
      format: 'w3c',
      uploads: [upload('w3c.jsonld', JSON.stringify(annotation))],
    })
    expect([summary.documentsMatched, summary.spansImported]).toEqual([1, 1])
    expect(await layersOnDisk(where.project)).toEqual({
      [`carol/${CRLF_ID}`]: [{ start: 53, end: 66, label: 'statistic', text: '14 bus routes' }],
    })
  })

  it('reads a picked brat folder, each .txt with the .ann beside it', async () => {
    const where = await setup()
    const folder = join(where.root, 'brat')
    await mkdir(folder)
    await writeFile(join(folder, 'doc.txt'), NEW_TEXT)
    await writeFile(join(folder, 'doc.ann'), 'T1\tStatistic 23 35\t3 new cranes\n')
    const carol = await handlersFor(where, 'carol', {
      host: 'electron',
      pickPaths: async () => [folder],
    })
    await ok(carol, 'openProject', { path: where.project, create: true })

    const { paths } = await ok(carol, 'pickImportPaths', { kind: 'folder' })
    expect(paths).toEqual([join(folder, 'doc.txt')])
    const summary = await ok(carol, 'importAnnotations', { format: 'brat', paths: [...paths] })
    expect([summary.documentsAdded, summary.spansImported, summary.problems]).toEqual([1, 1, []])
  })
})

describe('importing annotations: what is refused', () => {
  it('refuses paths the file dialog did not grant, and reads nothing', async () => {
    const [where, carol] = await projectWithArticle()
    const file = join(where.root, 'secret.jsonl')
    await writeFile(file, jsonlLine(NEW_TEXT, []))
    const before = await snapshot(where.project)
    expect(await failure(carol, 'importAnnotations', { format: 'jsonl', paths: [file] })).toEqual({
      code: 'forbidden',
      message: `Gloss imports only files chosen in its file dialog, and ${file} was not.`,
      file,
      hint: 'Choose the files with Import, or drop them on the window.',
    })
    expect(await snapshot(where.project)).toEqual(before)
  })

  it('names a line that is not JSON and imports the other lines', async () => {
    const [where, carol] = await projectWithArticle()
    const before = await snapshot(where.project)
    const lines = [
      jsonlLine(CRLF_TEXT, [stated(CRLF_TEXT, '14 bus routes', 'statistic')]),
      '{"text": "cut off',
      jsonlLine(NEW_TEXT, [stated(NEW_TEXT, '3 new cranes', 'statistic')]),
    ].join('\n')

    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      uploads: [upload('broken.jsonl', lines)],
    })
    expect(summary).toEqual({
      documentsMatched: 1,
      documentsAdded: 1,
      spansImported: 2,
      spansSkipped: 0,
      annotators: ['carol'],
      problems: [
        {
          file: 'broken.jsonl',
          line: 2,
          message: expect.stringMatching(/^bad JSON on line 2: .+ at column \d+$/u),
        },
      ],
    })
    const after = await snapshot(where.project)
    expect(changedFiles(before, after)).toEqual([
      `annotations/carol/${CRLF_ID}.json`,
      `annotations/carol/${NEW_ID}.json`,
      `documents/${NEW_ID}.txt`,
      'documents/index.json',
    ])
  })

  it('names a brat .ann line that does not parse and imports the other lines', async () => {
    const [where, carol] = await projectWithArticle()
    const before = await snapshot(where.project)
    const ann =
      'T1\tStatistic 23 35\t3 new cranes\nT2 Claim zero 7\nT3\tClaim 0 14\tPort authority\n'

    const summary = await ok(carol, 'importAnnotations', {
      format: 'brat',
      uploads: [upload('brat/doc.txt', NEW_TEXT), upload('brat/doc.ann', ann)],
    })
    expect(summary).toEqual({
      documentsMatched: 0,
      documentsAdded: 1,
      spansImported: 2,
      // A line that does not parse is not known to be a span; the problem says what it was.
      spansSkipped: 0,
      annotators: ['carol'],
      problems: [
        {
          file: 'brat/doc.ann',
          line: 2,
          where: 'line 2',
          message: 'line 2: cannot parse "T2 Claim zero 7"',
        },
      ],
    })
    expect(changedFiles(before, await snapshot(where.project))).toEqual([
      `annotations/carol/${NEW_ID}.json`,
      `documents/${NEW_ID}.txt`,
      'documents/index.json',
    ])
  })

  it('skips a span whose label the project lacks, naming file, line, span and label', async () => {
    const [where, carol] = await projectWithArticle()
    const before = await snapshot(where.project)
    const line = jsonlLine(CRLF_TEXT, [
      stated(CRLF_TEXT, '14 bus routes', 'statistic'),
      stated(CRLF_TEXT, 'Ridership rose 8%', 'Opinion'),
    ])

    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      uploads: [upload('labels.jsonl', line)],
    })
    expect(summary).toEqual({
      documentsMatched: 1,
      documentsAdded: 0,
      spansImported: 1,
      spansSkipped: 1,
      annotators: ['carol'],
      problems: [
        {
          file: 'labels.jsonl',
          line: 1,
          where: 'line 1, span 2',
          message:
            'line 1, span 2: the label "Opinion" is not in this project\'s label set; add it in Settings to import such spans',
        },
      ],
    })
    // No label was invented: only the annotator's file is new.
    expect(changedFiles(before, await snapshot(where.project))).toEqual([
      `annotations/carol/${CRLF_ID}.json`,
    ])
  })

  it('skips a span whose offsets do not cover its text, and says what they cover', async () => {
    const [where, carol] = await projectWithArticle()
    const before = await snapshot(where.project)
    const wrong = { ...stated(CRLF_TEXT, '14 bus routes', 'statistic'), text: '15 bus routes' }
    const line = jsonlLine(CRLF_TEXT, [wrong, stated(CRLF_TEXT, 'Ridership rose 8%', 'statistic')])

    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      uploads: [upload('moved.jsonl', line)],
    })
    expect(summary.problems).toEqual([
      {
        file: 'moved.jsonl',
        line: 1,
        where: 'line 1, span 1',
        message:
          'line 1, span 1: offsets 53–66 cover "14 bus routes" but the file says "15 bus routes"',
      },
    ])
    expect([summary.spansImported, summary.spansSkipped]).toEqual([1, 1])
    expect(changedFiles(before, await snapshot(where.project))).toEqual([
      `annotations/carol/${CRLF_ID}.json`,
    ])
  })

  it('imports a span whose offsets missed its text where the text is nearby, and says so', async () => {
    const [, carol] = await projectWithArticle()
    const right = stated(CRLF_TEXT, '14 bus routes', 'statistic')
    const off = { ...right, start: right.start + 3, end: right.end + 3 }
    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      uploads: [upload('shifted.jsonl', jsonlLine(CRLF_TEXT, [off]))],
    })
    expect([summary.spansImported, summary.spansSkipped, summary.problems]).toEqual([1, 0, []])
    expect(summary.reanchored).toEqual([
      {
        file: 'shifted.jsonl',
        line: 1,
        where: 'line 1, span 1',
        message:
          'line 1, span 1: offsets 56–69 cover "bus routes by" but the file says "14 bus routes"; placed on that text 3 characters earlier',
      },
    ])
    const opened = await ok(carol, 'getDocument', { docId: CRLF_ID })
    expect(opened.annotations.spans.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: right.start, end: right.end, text: '14 bus routes' },
    ])
  })

  it('says a W3C source the project does not have must be imported first', async () => {
    const [where, carol] = await projectWithArticle()
    const before = await snapshot(where.project)
    const annotation = {
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
      target: {
        source: 'urn:gloss:doc:0123456789abcdef',
        selector: { type: 'TextPositionSelector', start: 0, end: 4 },
      },
    }
    const summary = await ok(carol, 'importAnnotations', {
      format: 'w3c',
      uploads: [upload('other.jsonld', JSON.stringify(annotation))],
    })
    expect(summary).toEqual({
      documentsMatched: 0,
      documentsAdded: 0,
      spansImported: 0,
      spansSkipped: 1,
      annotators: [],
      problems: [
        {
          file: 'other.jsonld',
          message:
            'the document "urn:gloss:doc:0123456789abcdef" is not in this project and the file carries no text; import the article first',
        },
      ],
    })
    expect(await snapshot(where.project)).toEqual(before)
  })

  it('reports a file it cannot decode and one not received intact, and goes on', async () => {
    const [, carol] = await projectWithArticle()
    const png = await readFile(join(FIXTURES, 'binary.png'))
    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      uploads: [
        upload('image.jsonl', png),
        { name: 'garbled.jsonl', base64: '*not base64*' },
        upload('good.jsonl', jsonlLine(NEW_TEXT, [stated(NEW_TEXT, '3 new cranes', 'claim')])),
      ],
    })
    expect(summary.problems).toEqual([
      { file: 'garbled.jsonl', message: 'The file was not received intact (bad base64).' },
      {
        file: 'image.jsonl',
        message:
          'The file looks like a binary file, not text (it contains zero bytes); import .txt or .md files.',
      },
    ])
    expect(summary.spansImported).toBe(1)
  })

  it('changes nothing when a layer it must update cannot be read', async () => {
    const [where, carol] = await projectWithArticle()
    await mkdir(join(where.project, 'annotations', 'dana'))
    const broken = join(where.project, 'annotations', 'dana', `${CRLF_ID}.json`)
    await writeFile(broken, '<<<<<<< HEAD\n')
    const before = await snapshot(where.project)
    const lines = [
      jsonlLine(NEW_TEXT, [stated(NEW_TEXT, '3 new cranes', 'statistic', 'dana')]),
      jsonlLine(CRLF_TEXT, [stated(CRLF_TEXT, '14 bus routes', 'statistic', 'dana')]),
    ].join('\n')

    expect(
      await failure(carol, 'importAnnotations', {
        format: 'jsonl',
        uploads: [upload('dana.jsonl', lines)],
      }),
    ).toEqual({
      code: 'unreadable-file',
      message: `Gloss cannot read ${broken}: it has unresolved merge conflict markers (<<<<<<<) from git or a sync tool.`,
      file: broken,
      hint: 'Fix it or move it aside; Gloss will not overwrite it.',
    })
    expect(await snapshot(where.project)).toEqual(before)
  })
})

/** The files added, removed or changed between two snapshots, sorted. */
function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((name) => before[name] !== after[name]).sort()
}
