import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { EXPORT_FORMATS, type ExportOutput } from '../../../../src-main/core/formats/dataset'
import type { OffsetUnit } from '../../../../src-main/core/text/offsets'
import { exportFixture } from './export-fixture'
import { fixtureDocuments } from './fixture-dataset'
import { readSlices, type Slice } from './read-exports'

const SCRIPT = fileURLToPath(new URL('./slice_exports.py', import.meta.url))
const UNITS: readonly OffsetUnit[] = ['codepoints', 'utf16', 'bytes']
const FORMATS = EXPORT_FORMATS.filter((format) => format !== 'conll')
const texts = Object.fromEntries(fixtureDocuments().map((doc) => [doc.entry.id, doc.text]))

// brat writes a span across a line break as fragments whose texts are joined by a space.
const spanTexts = (format: string): string[] =>
  fixtureDocuments()
    .flatMap((doc) => doc.layers.flatMap((layer) => layer.spans.map((span) => span.text)))
    .map((text) => (format === 'brat' ? text.replace(/\n+/gu, ' ') : text))
    .sort()

// Only the native JSONL carries comment threads.
const commentTexts = (format: string): string[] =>
  format === 'jsonl'
    ? fixtureDocuments()
        .flatMap((doc) => (doc.comments ?? []).map((thread) => thread.target.text))
        .sort()
    : []

function expectFaithful(format: string, slices: readonly Slice[]): void {
  for (const [, sliced, claimed] of slices) if (claimed !== null) expect(sliced).toBe(claimed)
  const of = (wanted: Slice[0]) =>
    slices.filter(([kind]) => kind === wanted).map(([, sliced]) => sliced)
  expect(of('span').sort()).toEqual(spanTexts(format))
  expect(of('comment').sort()).toEqual(commentTexts(format))
}

function writeExport(output: ExportOutput): string {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-offsets-'))
  for (const file of output.files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true })
    writeFileSync(join(folder, file.path), file.content, 'utf8')
  }
  return folder
}

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' })
const hasPython = python.error === undefined && python.status === 0

describe.each(FORMATS)('%s offsets', (format) => {
  it.each(UNITS)('in %s slice out every span’s text (TypeScript)', (unit) => {
    const output = exportFixture(format, unit)
    expectFaithful(format, readSlices(format, unit, output.files, texts))
  })

  it.for(UNITS)(
    'in %s slice out every span’s text (Python, from the files on disk)',
    (unit, context) => {
      if (!hasPython) context.skip('python3 is not on PATH, so the Python slice check cannot run')
      const folder = writeExport(exportFixture(format, unit))
      const textsFolder = mkdtempSync(join(tmpdir(), 'gloss-texts-'))
      context.onTestFinished(() => {
        rmSync(folder, { recursive: true, force: true })
        rmSync(textsFolder, { recursive: true, force: true })
      })
      const textsFile = join(textsFolder, 'texts.json')
      writeFileSync(textsFile, JSON.stringify(texts), 'utf8')
      const result = spawnSync('python3', [SCRIPT, format, unit, folder, textsFile], {
        encoding: 'utf8',
      })
      expect(result.stderr).toBe('')
      expectFaithful(format, JSON.parse(result.stdout) as Slice[])
    },
  )
})
