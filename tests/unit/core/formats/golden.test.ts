import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { EXPORT_FORMATS, type ExportFormat } from '../../../../src-main/core/formats/dataset'
import { exportFixture } from './export-fixture'

// GLOSS_UPDATE_GOLDEN=1 rewrites the golden files from the current exporters; read the diff
// before committing it.
const UPDATE = process.env['GLOSS_UPDATE_GOLDEN'] === '1'
const GOLDEN = fileURLToPath(new URL('../../../fixtures/golden/', import.meta.url))

const EXPECTED_WARNINGS: Readonly<Record<ExportFormat, readonly string[]>> = {
  jsonl: [],
  doccano: [],
  spacy: ['1 span began or ended inside a word: the word was split into two tokens there.'],
  conll: [
    '3 spans dropped: BIO cannot express overlaps.',
    '1 span began or ended inside a word: the word was split into two tokens there.',
  ],
  brat: [],
  // The fixture's attributes predate definitions: Label Studio has no control for them.
  labelstudio: [
    "4 attribute values left out: the span's label does not define the attribute, and Label Studio needs a control for each (define it in Settings).",
  ],
  w3c: [],
  csv: [],
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort()
}

describe.each(EXPORT_FORMATS)('the %s export of the fixture project', (format) => {
  const folder = join(GOLDEN, format)

  it('is byte for byte the checked-in golden files, and no others', () => {
    const output = exportFixture(format)
    if (UPDATE) {
      rmSync(folder, { recursive: true, force: true })
      for (const file of output.files) {
        mkdirSync(dirname(join(folder, file.path)), { recursive: true })
        writeFileSync(join(folder, file.path), file.content, 'utf8')
      }
    }
    expect(filesUnder(folder)).toEqual(output.files.map((file) => file.path).sort())
    for (const file of output.files) {
      const onDisk = readFileSync(join(folder, file.path))
      expect(onDisk.toString('utf8'), file.path).toBe(file.content)
      expect(onDisk.equals(Buffer.from(file.content, 'utf8')), file.path).toBe(true)
    }
  })

  it('warns about exactly what it could not write', () => {
    expect(exportFixture(format).warnings).toEqual(EXPECTED_WARNINGS[format])
  })
})
