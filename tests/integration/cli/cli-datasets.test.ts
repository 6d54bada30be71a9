import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openAppState } from '../../../src-main/services/app-state'
import {
  annotateDataset,
  CRLF_ID,
  EMOJI_ID,
  layersOnDisk,
  snapshot,
  VIETNAMESE_ID,
} from '../services/support/dataset-fixture'
import { ok, openedProject, setup, type Setup } from '../services/support/project-fixture'
import { gloss } from './support/run-gloss'

const CODE_POINTS = 'offsets in Unicode code points'

// The CLI reads the remembered annotator from GLOSS_DATA_DIR; never from the real settings.
const savedDataDir = process.env.GLOSS_DATA_DIR
let where: Setup
beforeEach(async () => {
  where = await setup()
  process.env.GLOSS_DATA_DIR = where.dataDir
  await (await openAppState(where.dataDir)).remember({ annotator: 'carol' })
})
afterEach(() => {
  if (savedDataDir === undefined) delete process.env.GLOSS_DATA_DIR
  else process.env.GLOSS_DATA_DIR = savedDataDir
})

describe('gloss export, every layout', () => {
  it('writes brat into a new folder and says how many files', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'brat-out')

    expect(await gloss('export', where.project, '--format', 'brat', '--out', out)).toEqual({
      code: 0,
      stdout: [
        `exported 3 documents with 12 spans as brat, ${CODE_POINTS}`,
        `wrote 12 files into ${out}`,
      ],
      stderr: [],
    })
    const files = await snapshot(out)
    expect(Object.keys(files).sort()).toEqual([
      `alice/${CRLF_ID}.ann`,
      `alice/${CRLF_ID}.txt`,
      `alice/${EMOJI_ID}.ann`,
      `alice/${EMOJI_ID}.txt`,
      `alice/${VIETNAMESE_ID}.ann`,
      `alice/${VIETNAMESE_ID}.txt`,
      'annotation.conf',
      `bob/${CRLF_ID}.ann`,
      `bob/${CRLF_ID}.txt`,
      `bob/${VIETNAMESE_ID}.ann`,
      `bob/${VIETNAMESE_ID}.txt`,
      'visual.conf',
    ])
    expect(files['annotation.conf']).toContain('# offsets: Unicode code points')
  })

  it('refuses to write brat into a folder that holds files, exit 2, and writes nothing', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'taken')
    await mkdir(out)
    await writeFile(join(out, 'keep.txt'), 'mine')

    expect(await gloss('export', where.project, '--format', 'brat', '--out', out)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        `gloss: Gloss will not export into ${out}: it is not empty.`,
        'Choose a new or empty folder, or move the old export aside; nothing was overwritten.',
      ],
    })
    expect(await snapshot(out)).toEqual({ 'keep.txt': 'mine' })
  })

  it('writes Label Studio tasks to --out and the labelling config beside them', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'tasks.json')
    const config = join(where.root, 'tasks.label-config.xml')

    expect(await gloss('export', where.project, '--format', 'labelstudio', '--out', out)).toEqual({
      code: 0,
      stdout: [
        `exported 3 documents with 12 spans as labelstudio, ${CODE_POINTS}`,
        `wrote ${out}`,
        `wrote ${config}`,
      ],
      stderr: [],
    })
    expect((JSON.parse(await readFile(out, 'utf8')) as unknown[]).length).toBe(3)
    expect(await readFile(config, 'utf8')).toMatch(/^<View>\n {2}<Labels name="label"/u)
  })

  it('prints what BIO had to drop as warnings on stderr, and says CoNLL counts tokens', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'dataset.conll')
    const expected = await ok(await openedProject(where, 'alice'), 'exportDataset', {
      format: 'conll',
      source: 'all',
    })

    const run = await gloss('export', where.project, '--format', 'conll', '--out', out)
    expect(run.code).toBe(0)
    expect(run.stdout).toEqual([
      'exported 3 documents with 12 spans as conll, no character offsets (tokens)',
      `wrote ${out}`,
    ])
    expect(expected.warnings.length).toBeGreaterThan(0)
    expect(run.stderr).toEqual(expected.warnings.map((warning) => `warning: ${warning}`))
    expect(await readFile(out, 'utf8')).toBe(expected.files[0]?.content)
  })

  it('writes the offsets in the unit asked for and says so', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'utf16.jsonl')
    const run = await gloss(
      'export',
      where.project,
      '--out',
      out,
      '--offsets',
      'utf16',
      '--docs',
      EMOJI_ID,
    )
    expect(run.stdout[0]).toBe(
      'exported 1 documents with 3 spans as jsonl, offsets in UTF-16 code units',
    )
    const line = JSON.parse(await readFile(out, 'utf8')) as {
      offsetUnit: string
      spans: { start: number }[]
    }
    expect([line.offsetUnit, line.spans.map((span) => span.start)]).toEqual([
      'utf16',
      [57, 178, 239],
    ])
  })

  it('selects with --source, --status and --docs', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'x.csv')
    const summary = async (...options: string[]) =>
      (await gloss('export', where.project, '--format', 'csv', '--out', out, ...options)).stdout[0]
    expect(await summary('--source', 'bob')).toBe(
      `exported 3 documents with 3 spans as csv, ${CODE_POINTS}`,
    )
    expect(await summary('--status', 'done')).toBe(
      `exported 1 documents with 3 spans as csv, ${CODE_POINTS}`,
    )
    expect(await summary('--docs', `${CRLF_ID},${VIETNAMESE_ID}`, '--source', 'alice')).toBe(
      `exported 2 documents with 6 spans as csv, ${CODE_POINTS}`,
    )
    expect(await summary('--source', 'me')).toBe(
      `exported 3 documents with 0 spans as csv, ${CODE_POINTS}`,
    )
  })

  it('starts CSV with a byte order mark for Excel when asked', async () => {
    await annotateDataset(where)
    const out = join(where.root, 'excel.csv')
    await gloss('export', where.project, '--format', 'csv', '--out', out, '--csv-bom')
    expect([...(await readFile(out)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('writes the same bytes twice', async () => {
    await annotateDataset(where)
    await gloss('export', where.project, '--format', 'brat', '--out', join(where.root, 'one'))
    await gloss('export', where.project, '--format', 'brat', '--out', join(where.root, 'two'))
    expect(await snapshot(join(where.root, 'two'))).toEqual(await snapshot(join(where.root, 'one')))
  })
})

describe('gloss export input errors (exit 2)', () => {
  it.each([
    [
      ['--offsets', 'chars'],
      'Unknown offset unit "chars".',
      'Use --offsets codepoints, --offsets utf16 or --offsets bytes.',
    ],
    [['--status', 'finished'], 'Unknown status "finished".', 'Use --status done or any.'],
    [
      ['--docs', 'abc,XYZ'],
      '"abc" is not a document id.',
      'Document ids are the hex names of the files in documents/, e.g. --docs 0fd97b1faa0790ad.',
    ],
    [
      ['--source', 'gold'],
      'This project has no gold set yet: nothing was accepted in review.',
      'Annotators in this project: alice, bob.',
    ],
    [
      ['--source', '_gold'],
      '"_gold" is not an annotator name: may not start with _ or ..',
      'Annotator names are folder names under annotations/ in the project.',
    ],
  ])('refuses %j', async (options, message, hint) => {
    await annotateDataset(where)
    const out = join(where.root, 'out.jsonl')
    expect(await gloss('export', where.project, '--out', out, ...options)).toEqual({
      code: 2,
      stdout: [],
      stderr: [`gloss: ${message}`, hint],
    })
    await expect(readFile(out)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('gloss import --format', () => {
  it.each(['jsonl', 'brat'])(
    'imports a %s export into a fresh project: same spans, summary, exit 0',
    async (format) => {
      await annotateDataset(where)
      const out = join(where.root, format === 'brat' ? 'brat-out' : 'data.jsonl')
      await gloss('export', where.project, '--format', format, '--out', out)
      const fresh = join(where.root, 'fresh')

      expect(await gloss('import', fresh, out, '--format', format)).toEqual({
        code: 0,
        stdout: [
          'documents matched 0, added 3; spans imported 12, skipped 0; layers written: alice, bob',
        ],
        stderr: [],
      })
      expect(await layersOnDisk(fresh)).toEqual(await layersOnDisk(where.project))
    },
  )

  it('prints each problem on stderr, imports the rest and exits 2', async () => {
    const file = join(where.root, 'labels.jsonl')
    const text = 'Port authority reports 3 new cranes.\n'
    await writeFile(
      file,
      JSON.stringify({
        text,
        spans: [
          { start: 23, end: 35, label: 'Statistic', text: '3 new cranes' },
          { start: 0, end: 14, label: 'Opinion', text: 'Port authority' },
        ],
      }),
    )
    expect(await gloss('import', where.project, file, '--format', 'jsonl')).toEqual({
      code: 2,
      stdout: ['documents matched 0, added 1; spans imported 1, skipped 1; layers written: carol'],
      stderr: [
        `${file}: line 1, span 2: the label "Opinion" is not in this project's label set; add it in Settings to import such spans`,
      ],
    })
  })

  it('puts every span in the layer --annotator names', async () => {
    const file = join(where.root, 'doccano.jsonl')
    const text = 'Port authority reports 3 new cranes.\n'
    await writeFile(file, JSON.stringify({ text, label: [[23, 35, 'Statistic']], annotator: 'x' }))
    const run = await gloss(
      'import',
      where.project,
      file,
      '--format',
      'doccano',
      '--annotator',
      'dana',
    )
    expect(run.stdout).toEqual([
      'documents matched 0, added 1; spans imported 1, skipped 0; layers written: dana',
    ])
  })

  it('exits 1 for --annotator or --offsets without --format', async () => {
    const run = await gloss('import', where.project, 'a.txt', '--offsets', 'utf16')
    expect([run.code, run.stderr[0]]).toEqual([
      1,
      'gloss: --annotator and --offsets only apply to annotations (with --format).',
    ])
  })

  it('exits 2 for a format it cannot import', async () => {
    expect(await gloss('import', where.project, 'a.conll', '--format', 'conll')).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'gloss: Unknown format "conll".',
        'Use --format jsonl, doccano, brat, labelstudio or w3c.',
      ],
    })
  })
})

describe('gloss import, articles in HTML and JSON', () => {
  it('imports .html and corpus records, naming the line without text, exit 2', async () => {
    const html = join(where.root, 'page.html')
    await writeFile(html, '<title>Page</title><p>Hello <script>alert(1)</script>world.</p>')
    const corpus = join(where.root, 'corpus.jsonl')
    await writeFile(corpus, '{"text": "First."}\n{"id": 7}\n{"text": "Third."}\n')

    expect(await gloss('import', where.project, html, corpus)).toEqual({
      code: 2,
      stdout: ['imported 3, duplicates 0, refused 1'],
      stderr: [`refused ${corpus}: line 2: "text" is nothing, not the article's text; skipped`],
    })
  })
})
