import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { USAGE } from '../../../src-main/cli/usage'
import {
  created,
  FIXTURES,
  ok,
  openedProject,
  setup,
  spanOn,
} from '../services/support/project-fixture'
import { gloss } from './support/run-gloss'

const fixture = (name: string) => join(FIXTURES, name)
const CRLF_ID = '0fd97b1faa0790ad'
const CRLF_TEXT =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

const savedDataDir = process.env.GLOSS_DATA_DIR
afterEach(() => {
  if (savedDataDir === undefined) delete process.env.GLOSS_DATA_DIR
  else process.env.GLOSS_DATA_DIR = savedDataDir
})

describe('gloss import', () => {
  it('creates the project, imports the files and prints the summary', async () => {
    const where = await setup()
    const run = await gloss(
      'import',
      where.project,
      fixture('crlf-line-endings.txt'),
      fixture('vietnamese-nfc.txt'),
    )

    expect(run).toEqual({ code: 0, stdout: ['imported 2, duplicates 0, refused 0'], stderr: [] })
    expect(JSON.parse(await readFile(join(where.project, 'gloss.json'), 'utf8'))).toMatchObject({
      name: 'project',
    })
    expect(await readFile(join(where.project, 'documents', `${CRLF_ID}.txt`), 'utf8')).toBe(
      CRLF_TEXT,
    )
  })

  it('says how many files it has read every 1,000 files', async () => {
    const where = await setup()
    const folder = join(where.root, 'articles')
    await mkdir(folder)
    for (let n = 0; n < 2_000; n++) {
      await writeFile(join(folder, `${n}.txt`), `Article ${n}\n\nThe ferry ran ${n} times.\n`)
    }

    const run = await gloss('import', where.project, folder)
    expect(run).toEqual({
      code: 0,
      stdout: ['imported 2000, duplicates 0, refused 0'],
      stderr: ['read 1000 of 2000 files', 'read 2000 of 2000 files'],
    })
    const index = JSON.parse(await readFile(join(where.project, 'documents', 'index.json'), 'utf8'))
    expect(index.documents.map((entry: { title: string }) => entry.title)).toEqual(
      Array.from({ length: 2_000 }, (_, n) => `Article ${n}`).sort(),
    )
  })

  it('prints one line per refused file with its reason and exits 2, importing the rest', async () => {
    const where = await setup()
    const disguised = join(where.root, 'photo.txt')
    await writeFile(disguised, await readFile(fixture('binary.png')))
    const missing = join(where.root, 'nowhere.txt')

    const run = await gloss(
      'import',
      where.project,
      fixture('crlf-line-endings.txt'),
      disguised,
      fixture('binary.png'),
      missing,
    )
    expect(run).toEqual({
      code: 2,
      stdout: ['imported 1, duplicates 0, refused 3'],
      stderr: [
        `refused ${missing}: does not exist`,
        `refused ${disguised}: looks like a binary file, not text (it contains zero bytes); import .txt or .md files`,
        `refused ${fixture('binary.png')}: is a .png file; Gloss imports .txt, .md, .html, .htm, .json and .jsonl files`,
      ],
    })
  })

  it('counts an article imported before as a duplicate', async () => {
    const where = await setup()
    await gloss('import', where.project, fixture('vietnamese-nfc.txt'))

    expect(await gloss('import', where.project, fixture('vietnamese-nfd.txt'))).toEqual({
      code: 0,
      stdout: ['imported 0, duplicates 1, refused 0'],
      stderr: [],
    })
  })

  it('imports a folder recursively', async () => {
    const where = await setup()
    const folder = join(where.root, 'in')
    await mkdir(join(folder, 'sub'), { recursive: true })
    await writeFile(join(folder, 'one.txt'), 'One\n')
    await writeFile(join(folder, 'sub', 'two.md'), 'Two\n')

    expect((await gloss('import', where.project, folder)).stdout).toEqual([
      'imported 2, duplicates 0, refused 0',
    ])
  })
})

describe('gloss export', () => {
  it("writes every annotator's spans as JSONL and says what it wrote", async () => {
    const where = await setup()
    await gloss('import', where.project, fixture('crlf-line-endings.txt'))
    const alice = await openedProject(where, 'alice')
    await ok(alice, 'applySpanChanges', {
      docId: CRLF_ID,
      changes: created(spanOn(CRLF_TEXT, '14 bus routes', 'statistic', 's1')),
    })
    const bob = await openedProject(where, 'bob')
    await ok(bob, 'applySpanChanges', {
      docId: CRLF_ID,
      changes: created(spanOn(CRLF_TEXT, 'Ridership rose 8%', 'statistic', 's1')),
    })
    const out = join(where.root, 'dataset.jsonl')

    expect(await gloss('export', where.project, '--format', 'jsonl', '--out', out)).toEqual({
      code: 0,
      stdout: [
        'exported 1 documents with 2 spans as jsonl, offsets in Unicode code points',
        `wrote ${out}`,
      ],
      stderr: [],
    })
    const line = {
      id: CRLF_ID,
      title: 'Council pledges new bus routes',
      text: CRLF_TEXT,
      status: { alice: 'in-progress', bob: 'in-progress' },
      offsetUnit: 'codepoints',
      spans: [
        {
          start: 53,
          end: 66,
          label: 'Statistic',
          text: '14 bus routes',
          annotator: 'alice',
          note: null,
          attributes: {},
        },
        {
          start: 102,
          end: 119,
          label: 'Statistic',
          text: 'Ridership rose 8%',
          annotator: 'bob',
          note: null,
          attributes: {},
        },
      ],
      comments: [],
    }
    expect(await readFile(out, 'utf8')).toBe(`${JSON.stringify(line)}\n`)
  })

  it("writes one annotator's spans with --source me --annotator", async () => {
    const where = await setup()
    await gloss('import', where.project, fixture('crlf-line-endings.txt'))
    const alice = await openedProject(where, 'alice')
    await ok(alice, 'applySpanChanges', {
      docId: CRLF_ID,
      changes: created(spanOn(CRLF_TEXT, '14 bus routes', 'statistic', 's1')),
    })
    const out = join(where.root, 'bob.jsonl')

    const run = await gloss(
      'export',
      where.project,
      '--out',
      out,
      '--source',
      'me',
      '--annotator',
      'bob',
    )
    expect(run.stdout).toEqual([
      'exported 1 documents with 0 spans as jsonl, offsets in Unicode code points',
      `wrote ${out}`,
    ])
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ spans: [] })
  })

  it('takes the remembered annotator from GLOSS_DATA_DIR for --source me', async () => {
    const where = await setup()
    await gloss('import', where.project, fixture('crlf-line-endings.txt'))
    const alice = await openedProject(where, 'alice')
    await ok(alice, 'setAnnotator', { name: 'alice' })
    await ok(alice, 'applySpanChanges', {
      docId: CRLF_ID,
      changes: created(spanOn(CRLF_TEXT, '14 bus routes', 'statistic', 's1')),
    })
    process.env.GLOSS_DATA_DIR = where.dataDir
    const out = join(where.root, 'me.jsonl')

    expect((await gloss('export', where.project, '--out', out, '--source', 'me')).stdout).toEqual([
      'exported 1 documents with 1 spans as jsonl, offsets in Unicode code points',
      `wrote ${out}`,
    ])
  })
})

describe('gloss usage errors (exit 1)', () => {
  it('prints the usage for --help and exits 0', async () => {
    expect(await gloss('--help')).toEqual({ code: 0, stdout: [USAGE], stderr: [] })
  })

  it('exits 1 with the usage when no command is given', async () => {
    expect(await gloss()).toEqual({
      code: 1,
      stdout: [],
      stderr: ['gloss: Missing command.', USAGE],
    })
  })

  it('exits 1 for an unknown command', async () => {
    expect((await gloss('imprt', 'x')).stderr).toEqual(['gloss: Unknown command "imprt".', USAGE])
  })

  it('exits 1 when import is given no files', async () => {
    const where = await setup()
    expect(await gloss('import', where.project)).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        'gloss: gloss import needs a project folder and at least one file or folder.',
        USAGE,
      ],
    })
  })

  it('exits 1 when export is given no --out', async () => {
    const where = await setup()
    expect((await gloss('export', where.project, '--format', 'jsonl')).stderr).toEqual([
      'gloss: gloss export needs --out <file or folder>.',
      USAGE,
    ])
  })

  it('exits 1 for an unknown option', async () => {
    const where = await setup()
    const run = await gloss('export', where.project, '--out', 'x', '--colour')
    expect(run.code).toBe(1)
    expect(run.stderr[0]).toMatch(/^gloss: Unknown option '--colour'/)
  })

  it('exits 1 for --annotator without --source me', async () => {
    const where = await setup()
    const run = await gloss('export', where.project, '--out', 'x', '--annotator', 'bob')
    expect([run.code, run.stderr[0]]).toEqual([
      1,
      'gloss: --annotator only applies with --source me.',
    ])
  })
})

describe('gloss input errors (exit 2)', () => {
  it('exits 2 when the project folder does not exist, and creates nothing', async () => {
    const where = await setup()
    const out = join(where.root, 'out.jsonl')
    expect(await gloss('export', where.project, '--out', out)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        `gloss: The folder ${where.project} does not exist.`,
        'Check the path, or create a new project there.',
      ],
    })
  })

  it('exits 2 for a folder that is not a Gloss project', async () => {
    const where = await setup()
    expect(
      (await gloss('export', where.root, '--out', join(where.root, 'o.jsonl'))).stderr,
    ).toEqual([
      `gloss: ${where.root} is not a Gloss project: it has no gloss.json.`,
      'Choose the folder that contains gloss.json, or create a new project there.',
    ])
  })

  it('exits 2 for an unknown format', async () => {
    const where = await setup()
    await gloss('import', where.project, fixture('crlf-line-endings.txt'))
    expect(await gloss('export', where.project, '--format', 'xml', '--out', 'x')).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'gloss: Unknown format "xml".',
        'Use --format jsonl, doccano, spacy, conll, brat, labelstudio, w3c or csv.',
      ],
    })
  })

  it('exits 2 naming an annotations file it cannot read, and writes no output', async () => {
    const where = await setup()
    await gloss('import', where.project, fixture('crlf-line-endings.txt'))
    const broken = join(where.project, 'annotations', 'carol', `${CRLF_ID}.json`)
    await mkdir(join(where.project, 'annotations', 'carol'))
    await writeFile(broken, '<<<<<<< HEAD\n')
    const out = join(where.root, 'out.jsonl')

    const run = await gloss('export', where.project, '--out', out)
    expect(run.code).toBe(2)
    expect(run.stderr[0]).toBe(
      `gloss: Gloss cannot read ${broken}: it has unresolved merge conflict markers (<<<<<<<) from git or a sync tool.`,
    )
    expect(run.stderr[1]).toBe('Fix it or move it aside; Gloss will not overwrite it.')
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
