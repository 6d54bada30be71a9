import { describe, expect, it } from 'vitest'

import { createExportProgress } from '../../../src-main/services/export/export-progress'
import {
  isSingleFileExport,
  suggestedExportName,
} from '../../../src-main/services/export/export-layout'
import { checkExportPath } from '../../../src-main/services/export/write-export-folder'

describe('export progress', () => {
  it('is null when no export runs', () => {
    expect(createExportProgress().current()).toBe(null)
  })

  it('counts documents read against the total until the export finishes', () => {
    const progress = createExportProgress()
    const tracker = progress.start(3)
    expect(progress.current()).toEqual({ done: 0, total: 3 })
    tracker.advance()
    tracker.advance()
    expect(progress.current()).toEqual({ done: 2, total: 3 })
    tracker.finish()
    expect(progress.current()).toBe(null)
  })

  it('adds up two exports that run at once, and never counts past the total', () => {
    const progress = createExportProgress()
    const first = progress.start(1)
    const second = progress.start(4)
    first.advance()
    first.advance()
    second.advance()
    expect(progress.current()).toEqual({ done: 2, total: 5 })
    first.finish()
    expect(progress.current()).toEqual({ done: 1, total: 4 })
  })
})

describe('export file names', () => {
  const one = [{ path: 'Río Study.doccano.jsonl', content: '' }]
  const several = [
    { path: 'p.json', content: '' },
    { path: 'p.label-config.xml', content: '' },
  ]

  it("offers a one-file export under the exporter's own file name", () => {
    expect(suggestedExportName('Río Study', 'doccano', one)).toBe('Río Study.doccano.jsonl')
  })

  it('offers a folder named after the project and format for several files', () => {
    expect(suggestedExportName('Río: Study?', 'labelstudio', several)).toBe(
      'Río- Study--labelstudio',
    )
    expect(suggestedExportName('p', 'brat', [{ path: 'annotation.conf', content: '' }])).toBe(
      'p-brat',
    )
  })

  it('saves through a save dialog only one file whose extension the name keeps', () => {
    expect(isSingleFileExport('Río Study.doccano.jsonl', one)).toBe(true)
    expect(isSingleFileExport('p-brat', [{ path: 'annotation.conf', content: '' }])).toBe(false)
    expect(isSingleFileExport('p-labelstudio', several)).toBe(false)
    expect(isSingleFileExport('v1.2 study-brat', [{ path: 'x.conf', content: '' }])).toBe(false)
  })
})

describe('exported file paths', () => {
  it.each(['a.jsonl', 'alice/0fd97b1faa0790ad.ann', 'Trần Lan/doc.txt'])('accepts %s', (path) => {
    expect(() => checkExportPath(path)).not.toThrow()
  })

  it.each([
    '',
    '/etc/passwd',
    '../x',
    'a/../b',
    './x',
    'a//b',
    'a\\b',
    'C:x',
    'a/b\u0000',
    'CON.txt',
    'a/nul',
    'x. ',
  ])('refuses %j', (path) => {
    expect(() => checkExportPath(path)).toThrow(
      `"${path}" cannot be the name of an exported file: `,
    )
  })
})
