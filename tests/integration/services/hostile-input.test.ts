import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { open, readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { dispatch } from '../../../src-main/contract/dispatch'
import type { Handlers } from '../../../src-main/contract/endpoints'
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzParameters } from '../../support/fuzz-runs'
import {
  handlersFor,
  ok,
  setup,
  tempDir,
  uploadFixtures,
  type Setup,
} from './support/project-fixture'

const HUGE_IMPORT = join(import.meta.dirname, 'support/huge-import.ts')
const MiB = 1024 * 1024

/** Every file and folder of the tree with a sha256 of each file: what "nothing changed" means. */
async function hashTree(root: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        tree[`${relative(root, path)}/`] = 'folder'
        await walk(path)
      } else {
        tree[relative(root, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
      }
    }
  }
  await walk(root)
  return tree
}

/** A file of `size` bytes that starts with `head` and is a hole after it: no memory, no disk. */
async function sparseFile(path: string, head: string, size: number): Promise<void> {
  const handle = await open(path, 'w')
  await handle.write(head)
  await handle.truncate(size)
  await handle.close()
}

/** A project holding one article, handlers annotating as carol with a dialog that picks `picked`. */
async function projectPicking(picked: () => readonly string[]): Promise<[Setup, Handlers]> {
  const where = await setup()
  const handlers = await handlersFor(where, 'carol', {
    host: 'electron',
    pickPaths: async () => picked(),
  })
  await ok(handlers, 'openProject', { path: where.project, create: true })
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  return [where, handlers]
}

const upload = (name: string, content: string | Uint8Array) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
})

const ARTICLE = 'Ministers agree to share river data.\n'
// The text of the article every project here holds (crlf-line-endings.txt, normalised):
// spans refused on it add no document either, so the import is refused as a whole.
const KNOWN =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

describe('size caps, checked before reading', () => {
  it('refuses a 256 MiB single-line JSONL annotation file by its size, naming the cap', async () => {
    const folder = await tempDir()
    const huge = join(folder, 'one-line.jsonl')
    await sparseFile(huge, '{"text":"', 256 * MiB)
    const [where, carol] = await projectPicking(() => [huge])
    const before = await hashTree(where.project)
    const { paths } = await ok(carol, 'pickImportPaths', { kind: 'files' })
    const summary = await ok(carol, 'importAnnotations', { format: 'jsonl', paths: [...paths] })
    // Had it been read, the zeros after the first bytes would have been refused as binary.
    expect(summary.problems).toEqual([
      {
        file: huge,
        message:
          'The file is 256 MB, larger than the 64 MB Gloss imports; split it into smaller files.',
      },
    ])
    expect(await hashTree(where.project)).toEqual(before)
  })

  it('refuses a 256 MiB article by its size, naming the cap', async () => {
    const folder = await tempDir()
    const huge = join(folder, 'huge.txt')
    await sparseFile(huge, 'Ministers agree', 256 * MiB)
    const [where, carol] = await projectPicking(() => [huge])
    const before = await hashTree(where.project)
    const { paths } = await ok(carol, 'pickImportPaths', { kind: 'files' })
    expect(await ok(carol, 'importPaths', { paths: [...paths] })).toEqual({
      imported: 0,
      duplicates: 0,
      refused: 1,
      outcomes: [
        {
          source: huge,
          result: 'refused',
          reason: 'is 256 MB, larger than the 64 MB Gloss imports; split it into smaller files',
        },
      ],
    })
    expect(await hashTree(where.project)).toEqual(before)
  })
})

interface HugeRun {
  readonly reply: { ok: boolean; value: Record<string, unknown> }
  readonly replyBytes: number
  readonly peakRssMiB: number
}

/** Runs support/huge-import.ts in a child, so its peak memory is this import's alone. */
async function hugeImport(kind: string, lines: number): Promise<HugeRun> {
  const root = await tempDir()
  const child = spawn(process.execPath, ['--import', 'tsx', HUGE_IMPORT, root, kind, String(lines)])
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await new Promise((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`huge-import ${kind} exited ${String(code)}: ${err}`)
  return JSON.parse(out) as HugeRun
}

// A budget, not a timing: a Node process with the services loaded starts near 110 MiB; one
// that held a problem per line of these files would pass 400 MiB (measured before the cap).
const PEAK_RSS_BUDGET_MIB = 300

describe('a million-line file', () => {
  it('of bad annotation lines: stops after 10,000 problems, lists 100, in bounded memory', async () => {
    const run = await hugeImport('bad-jsonl', 1_000_000)
    const problems = run.reply.value.problems as { message: string; line?: number }[]
    // The stop and 99 problems of the file, then the count of the rest.
    expect(problems).toHaveLength(101)
    expect(problems[0]?.message).toBe(
      'Gloss stopped reading this file at line 10001, after 10,000 problems; is it in the format chosen?',
    )
    expect(problems[1]).toMatchObject({
      line: 1,
      message: 'line 1: "text" is nothing, not the document\'s text',
    })
    expect(problems[100]?.message).toBe('9,901 more problems not listed.')
    expect(run.replyBytes).toBeLessThan(64 * 1024)
    expect(run.peakRssMiB).toBeLessThan(PEAK_RSS_BUDGET_MIB)
  })

  it('as an article (35 MB, under the cap): imported whole, in memory bounded by the cap', async () => {
    const run = await hugeImport('article', 1_000_000)
    expect(run.reply.value).toMatchObject({ imported: 1, refused: 0 })
    // Bytes, UTF-16 decoding and NFC copies of a 35 MB text; the cap (64 MiB) bounds them.
    expect(run.peakRssMiB).toBeLessThan(600)
  })
})

describe('a rejected import changes nothing on disk', () => {
  const POLLUTING = '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}'
  const line = (spans: unknown[], extra = {}) => JSON.stringify({ text: KNOWN, spans, ...extra })

  it.each([
    ['a polluting JSONL line', 'jsonl', [upload('a.jsonl', POLLUTING)]],
    [
      'a polluting span attribute under a JSON escape',
      'jsonl',
      [
        upload(
          'b.jsonl',
          `{"text":"x","spans":[{"start":0,"end":1,"label":"claim","attributes":{"\\u005f_proto__":{"isAdmin":true}}}]}`,
        ),
      ],
    ],
    [
      'reversed offsets',
      'jsonl',
      [upload('c.jsonl', line([{ start: 9, end: 2, label: 'claim' }]))],
    ],
    [
      'offsets past the end',
      'doccano',
      [upload('d.jsonl', JSON.stringify({ text: KNOWN, label: [[0, 999, 'claim']] }))],
    ],
    ['a traversal in the file name', 'jsonl', [upload('../../escape.jsonl', line([]))]],
    ['a Windows path as the file name', 'jsonl', [upload('C:\\Users\\x.jsonl', line([]))]],
    ['a device name as the file name', 'brat', [upload('CON.ann', 'T1\tclaim 0 5\tMinis\n')]],
    [
      'an annotator named after a device',
      'jsonl',
      [upload('e.jsonl', line([{ start: 0, end: 9, label: 'claim', annotator: 'CON' }]))],
    ],
    [
      'bytes that are neither UTF-8 nor Windows-1252',
      'jsonl',
      [upload('f.jsonl', Uint8Array.from([0x7b, 0xe9, 0x81, 0x7d]))],
    ],
    [
      'UTF-16 with an unpaired surrogate',
      'jsonl',
      [upload('g.jsonl', Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x3d, 0xd8]))],
    ],
    [
      'nesting 100,000 levels deep',
      'labelstudio',
      [upload('h.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
    ],
    [
      'a brat attribute named __proto__',
      'brat',
      [upload('i.txt', KNOWN), upload('i.ann', 'A1\t__proto__ T1 yes\n')],
    ],
  ] as const)('for %s', async (_, format, uploads) => {
    const [where, carol] = await projectPicking(() => [])
    const before = await hashTree(where.project)
    const summary = await ok(carol, 'importAnnotations', { format, uploads: [...uploads] })
    expect([summary.spansImported, summary.documentsAdded]).toEqual([0, 0])
    expect(summary.problems.length).toBeGreaterThan(0)
    expect(await hashTree(where.project)).toEqual(before)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    ['a traversal in the name', upload('../../etc/cron.d/x.txt', ARTICLE)],
    ['an undefined Windows-1252 byte', upload('cp1252.txt', Uint8Array.from([0x43, 0xe9, 0x9d]))],
  ])('article upload with %s is refused with the reason and writes nothing', async (_, file) => {
    const [where, carol] = await projectPicking(() => [])
    const before = await hashTree(where.project)
    const summary = await ok(carol, 'importUploads', { files: [file] })
    expect(summary.outcomes).toEqual([
      {
        source: file.name,
        result: 'refused',
        reason:
          file.name === 'cp1252.txt'
            ? 'is neither UTF-8 (byte 0xE9 at offset 1 begins no valid character) nor Windows-1252 (byte 0x9D at offset 2 is undefined there); save it as UTF-8'
            : 'has a name Gloss does not accept (".." names the folder above, not a file)',
      },
    ])
    expect(await hashTree(where.project)).toEqual(before)
  })

  it('the same project accepts a clean file, so the cases above fail for their hostility', async () => {
    const [where, carol] = await projectPicking(() => [])
    const before = await hashTree(where.project)
    const summary = await ok(carol, 'importAnnotations', {
      format: 'jsonl',
      uploads: [upload('clean.jsonl', line([{ start: 0, end: 7, label: 'claim' }]))],
    })
    expect([summary.spansImported, summary.documentsAdded, summary.problems]).toEqual([1, 0, []])
    expect(await hashTree(where.project)).not.toEqual(before)
  })
})

describe('the import endpoint, fuzzed', () => {
  const FORMATS = ['jsonl', 'doccano', 'brat', 'labelstudio', 'w3c'] as const
  // Valid lines with bytes changed: enough structure to get past JSON, enough damage to fail late.
  const seedLine = JSON.stringify({ text: KNOWN, spans: [{ start: 0, end: 7, label: 'claim' }] })
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 120 }),
    fc
      .array(fc.tuple(fc.nat(seedLine.length), fc.integer({ min: 0, max: 255 })), { maxLength: 3 })
      .map((edits) => {
        const out = Buffer.from(seedLine)
        for (const [at, byte] of edits) out[at] = byte
        return new Uint8Array(out)
      }),
  )

  it(
    'answers every upload with a Result (never an internal error), and a refusal writes nothing',
    async () => {
      const [where, carol] = await projectPicking(() => [])
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...FORMATS),
          fc.constantFrom('a.jsonl', 'a.json', 'a.ann', '../a.jsonl', 'CON.json'),
          bytes,
          async (format, name, content) => {
            const before = await hashTree(where.project)
            const result = await dispatch(carol, 'importAnnotations', {
              format,
              uploads: [upload(name, content)],
            })
            if (!result.ok) {
              expect(result.error.code).not.toBe('internal')
              expect(await hashTree(where.project)).toEqual(before)
              return
            }
            if (result.value.spansImported === 0 && result.value.documentsAdded === 0) {
              expect(await hashTree(where.project)).toEqual(before)
            }
          },
        ),
        { ...fuzzParameters(), numRuns: Math.max(20, Math.round(FUZZ_RUNS / 40)) },
      )
    },
    FUZZ_TIMEOUT_MS,
  )
})
