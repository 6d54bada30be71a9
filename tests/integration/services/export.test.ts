import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { EXPORT_FORMATS } from '../../../src-main/core/formats/dataset'
import { buildExport } from '../../../src-main/services/export/build-export'
import type { ExportProgress } from '../../../src-main/services/export/export-progress'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import {
  annotateDataset,
  CRLF_ID,
  EMOJI_ID,
  snapshot,
  VIETNAMESE_ID,
} from './support/dataset-fixture'
import { failure, ok, openedProject, setup, spanOf, type Setup } from './support/project-fixture'

interface JsonlLine {
  readonly id: string
  readonly status: Record<string, string>
  readonly spans: { start: number; end: number; annotator: string; label: string }[]
}

const lines = (content: string | undefined): JsonlLine[] =>
  (content ?? '')
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonlLine)

async function dataset(): Promise<Setup> {
  const where = await setup()
  await annotateDataset(where)
  return where
}

async function writeGold(where: Setup): Promise<void> {
  const text = 'Ridership rose 8% last year.'
  const crlf =
    'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'
  const at = crlf.indexOf(text)
  await mkdir(join(where.project, 'annotations', '_gold'), { recursive: true })
  await writeFile(
    join(where.project, 'annotations', '_gold', `${CRLF_ID}.json`),
    JSON.stringify({
      version: 1,
      docId: CRLF_ID,
      annotator: '_gold',
      status: 'done',
      spans: [spanOf(crlf, at, at + 17, 'statistic', 'g1')],
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
  )
}

describe('choosing what to export', () => {
  it("exports every annotator's layers but gold with source 'all'", async () => {
    const where = await dataset()
    await writeGold(where)
    const alice = await openedProject(where, 'alice')

    const exported = await ok(alice, 'exportDataset', { format: 'jsonl', source: 'all' })
    const annotators = lines(exported.files[0]?.content).map((line) =>
      [...new Set(line.spans.map((span) => span.annotator))].sort(),
    )
    expect(annotators).toEqual([['alice', 'bob'], ['alice'], ['alice', 'bob']])
    expect([exported.documents, exported.spans]).toEqual([3, 12])
  })

  it("exports only the adjudicated layer with source 'gold'", async () => {
    const where = await dataset()
    await writeGold(where)
    const alice = await openedProject(where, 'alice')

    const exported = await ok(alice, 'exportDataset', { format: 'jsonl', source: 'gold' })
    expect(lines(exported.files[0]?.content).map((line) => [line.id, line.spans])).toEqual([
      [VIETNAMESE_ID, []],
      [EMOJI_ID, []],
      [
        CRLF_ID,
        [
          {
            start: 102,
            end: 119,
            label: 'Statistic',
            text: 'Ridership rose 8%',
            annotator: '_gold',
            note: null,
            attributes: {},
          },
        ],
      ],
    ])
  })

  it('says there is no gold set yet, naming the annotators there are', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    expect(await failure(alice, 'exportDataset', { format: 'jsonl', source: 'gold' })).toEqual({
      code: 'invalid-input',
      message: 'This project has no gold set yet: nothing was accepted in review.',
      hint: 'Annotators in this project: alice, bob.',
    })
  })

  it("exports one named annotator's layer", async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const exported = await ok(alice, 'exportDataset', {
      format: 'jsonl',
      source: { annotator: 'bob' },
    })
    const spans = lines(exported.files[0]?.content).flatMap((line) => line.spans)
    expect(spans.map((span) => [span.annotator, span.label])).toEqual([
      ['bob', 'Claim'],
      ['bob', 'Statistic'],
      ['bob', 'Statistic'],
    ])
    expect(exported.spans).toBe(3)
  })

  it('refuses an annotator who has no annotations in the project', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    expect(
      await failure(alice, 'exportDataset', { format: 'jsonl', source: { annotator: 'zed' } }),
    ).toEqual({
      code: 'invalid-input',
      message: 'This project has no annotations by "zed".',
      hint: 'Annotators in this project: alice, bob.',
    })
  })

  it("exports my layer with source 'me', even before I annotated anything", async () => {
    const where = await dataset()
    const carol = await openedProject(where, 'carol')
    const exported = await ok(carol, 'exportDataset', { format: 'jsonl', source: 'me' })
    expect([exported.documents, exported.spans]).toEqual([3, 0])
  })

  it("keeps only layers marked done, and documents that have one, with status 'done'", async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const exported = await ok(alice, 'exportDataset', {
      format: 'jsonl',
      source: 'all',
      status: 'done',
    })
    const [only, ...rest] = lines(exported.files[0]?.content)
    expect(rest).toEqual([])
    expect(only?.id).toBe(VIETNAMESE_ID)
    expect(only?.status).toEqual({ alice: 'done' })
    expect(only?.spans.map((span) => span.annotator)).toEqual(['alice', 'alice', 'alice'])
    expect([exported.documents, exported.spans]).toEqual([1, 3])
  })

  it('exports only the chosen documents, in project order', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const exported = await ok(alice, 'exportDataset', {
      format: 'jsonl',
      source: 'all',
      docs: [CRLF_ID, VIETNAMESE_ID],
    })
    expect(lines(exported.files[0]?.content).map((line) => line.id)).toEqual([
      VIETNAMESE_ID,
      CRLF_ID,
    ])
    expect([exported.documents, exported.spans]).toEqual([2, 9])
  })

  it('names an unknown document id and writes nothing', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const before = await snapshot(where.root)
    expect(
      await failure(alice, 'exportDataset', {
        format: 'jsonl',
        source: 'all',
        docs: [CRLF_ID, '0123456789abcdef'],
      }),
    ).toEqual({
      code: 'invalid-input',
      message: 'This project has no document with id 0123456789abcdef.',
      hint: 'Check the document ids (the list shows them), or leave the document choice empty to export all.',
    })
    expect(await snapshot(where.root)).toEqual(before)
  })
})

describe('export names, units and warnings', () => {
  it('suggests a file name for one-file formats and a folder name for the others', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const names: Record<string, [string, string | null, number]> = {}
    for (const format of EXPORT_FORMATS) {
      const exported = await ok(alice, 'exportDataset', { format, source: 'all' })
      names[format] = [exported.suggestedName, exported.offsetUnit, exported.files.length]
    }
    expect(names).toEqual({
      jsonl: ['project.jsonl', 'codepoints', 1],
      doccano: ['project.doccano.jsonl', 'utf16', 1],
      spacy: ['project.spacy.jsonl', 'codepoints', 1],
      conll: ['project.conll', null, 1],
      // annotation.conf, visual.conf, and a folder per annotator with a .txt and an .ann
      // per document they annotated (alice 3, bob 2).
      brat: ['project-brat', 'codepoints', 12],
      labelstudio: ['project-labelstudio', 'codepoints', 2],
      w3c: ['project.jsonld', 'codepoints', 1],
      csv: ['project.csv', 'codepoints', 1],
    })
  })

  it('writes offsets in the unit asked for and says which', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const spanStarts = async (offsets?: 'codepoints' | 'bytes') => {
      const exported = await ok(alice, 'exportDataset', {
        format: 'doccano',
        source: { annotator: 'alice' },
        docs: [EMOJI_ID],
        ...(offsets !== undefined && { offsets }),
      })
      const line = JSON.parse(exported.files[0]?.content ?? '') as { label: number[][] }
      return [exported.offsetUnit, line.label.map(([start]) => start)]
    }
    // 🎉 in the title is 1 code point, 2 UTF-16 units and 4 bytes; the family emoji 7, 11
    // and 25; 𝐂 and friends 1, 2 and 4 each.
    expect(await spanStarts()).toEqual(['utf16', [57, 178, 239]])
    expect(await spanStarts('codepoints')).toEqual(['codepoints', [56, 167, 219]])
    expect(await spanStarts('bytes')).toEqual(['bytes', [59, 210, 293]])
  })

  it('warns that CoNLL has no offsets to convert, and passes on what BIO dropped', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    const exported = await ok(alice, 'exportDataset', {
      format: 'conll',
      source: 'all',
      offsets: 'utf16',
    })
    expect(exported.offsetUnit).toBe(null)
    expect(exported.warnings[0]).toBe(
      'conll has no character offsets (it counts tokens), so the offset unit was ignored.',
    )
    expect(exported.warnings.slice(1)).toEqual([expect.stringMatching(/^\d+ spans? dropped/u)])
  })

  it.each(EXPORT_FORMATS)('exports %s byte for byte the same twice', async (format) => {
    const where = await dataset()
    const first = await ok(await openedProject(where, 'alice'), 'exportDataset', {
      format,
      source: 'all',
    })
    const second = await ok(await openedProject(where, 'bob'), 'exportDataset', {
      format,
      source: 'all',
    })
    expect(second.files).toEqual(first.files)
    expect(first.files.length).toBeGreaterThan(0)
  })
})

describe('export progress', () => {
  it('reports nothing when no export runs, before and after one', async () => {
    const where = await dataset()
    const alice = await openedProject(where, 'alice')
    expect(await ok(alice, 'exportProgress', {})).toBe(null)
    await ok(alice, 'exportDataset', { format: 'csv', source: 'all' })
    expect(await ok(alice, 'exportProgress', {})).toBe(null)
  })

  it('counts each document read against the total, then finishes', async () => {
    const where = await dataset()
    const events: string[] = []
    const progress: ExportProgress = {
      start(total) {
        events.push(`start ${total}`)
        return {
          advance: () => void events.push('read'),
          finish: () => void events.push('finish'),
        }
      },
      current: () => null,
    }
    const store = await openProjectStore(where.project, { create: false })
    await buildExport(
      store,
      { format: 'jsonl', source: 'all', status: 'any', docs: [EMOJI_ID, CRLF_ID] },
      progress,
    )
    expect(events).toEqual(['start 2', 'read', 'read', 'finish'])
  })

  it('finishes the progress when the export fails', async () => {
    const where = await dataset()
    const events: string[] = []
    const progress: ExportProgress = {
      start: () => ({ advance: () => undefined, finish: () => void events.push('finish') }),
      current: () => null,
    }
    await writeFile(join(where.project, 'annotations', 'bob', `${CRLF_ID}.json`), '{')
    const store = await openProjectStore(where.project, { create: false })
    await expect(
      buildExport(store, { format: 'jsonl', source: 'all', status: 'any' }, progress),
    ).rejects.toMatchObject({ code: 'unreadable-file' })
    expect(events).toEqual(['finish'])
  })
})

describe('annotators', () => {
  it('lists every annotator with a folder, sorted, without gold or hidden folders', async () => {
    const where = await dataset()
    await writeGold(where)
    await mkdir(join(where.project, 'annotations', '.sync'))
    const alice = await openedProject(where, 'alice')
    expect(await ok(alice, 'listAnnotators', {})).toEqual(['alice', 'bob'])
  })
})
