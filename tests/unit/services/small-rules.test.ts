import { describe, expect, it } from 'vitest'

import { sanitiseAnnotatorName } from '../../../src-main/services/app/default-annotator'
import { platformDataDir } from '../../../src-main/services/app/platform-dirs'
import { extensionProblem } from '../../../src-main/services/import/import-rules'
import { tempNameFor } from '../../../src-main/services/storage/atomic-write'

describe('annotator names from OS user names', () => {
  it.each([
    ['lan', 'lan'],
    ['Trần Thị Lan', 'Trần-Thị-Lan'],
    ['DOMAIN\\jdoe', 'DOMAIN-jdoe'],
    ['_svc', 'svc'],
    ['.hidden', 'hidden'],
    ['', 'analyst'],
    ['___', 'analyst'],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('%j becomes %j', (raw, expected) => {
    expect(sanitiseAnnotatorName(raw)).toBe(expected)
  })
})

describe('the platform data dir', () => {
  it('follows each platform', () => {
    expect(platformDataDir('linux', {}, '/home/lan')).toBe('/home/lan/.config/gloss')
    expect(platformDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/lan')).toBe('/cfg/gloss')
    expect(platformDataDir('darwin', {}, '/Users/lan')).toBe(
      '/Users/lan/Library/Application Support/Gloss',
    )
    expect(platformDataDir('win32', { APPDATA: '/appdata' }, '/home/lan')).toBe('/appdata/Gloss')
  })
})

describe('import file types', () => {
  it('accepts text, Markdown, HTML and JSON corpora in any case and says why it refuses others', () => {
    expect(['a.TXT', 'b.md', 'c.HTML', 'd.htm', 'e.json', 'f.jsonl'].map(extensionProblem)).toEqual(
      [null, null, null, null, null, null],
    )
    expect(extensionProblem('report.pdf')).toBe(
      'is a .pdf file; Gloss imports .txt, .md, .html, .htm, .json and .jsonl files',
    )
    expect(extensionProblem('README')).toBe(
      'has no file extension; Gloss imports .txt, .md, .html, .htm, .json and .jsonl files',
    )
  })
})

describe('temp file names', () => {
  it('are hidden, unique and end in .tmp beside the target', () => {
    const name = tempNameFor('/p/documents/index.json')
    expect(name).toMatch(/^\/p\/documents\/\.index\.json\.\d+-[0-9a-f]{8}\.tmp$/)
    expect(tempNameFor('/p/documents/index.json')).not.toBe(name)
  })
})
