import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { downloadFor } from '../../../src-renderer/export/download'
import { zipFiles } from '../../../src-renderer/export/zip-files'

// ignoreBOM: keep a BOM in the decoded text, so the tests can see it is there.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** The entry names in the order the archive stores them (its central directory). */
const entryOrder = (zip: Uint8Array): string[] => Object.keys(unzipSync(zip))

const dataset = (files: { path: string; content: string }[], suggestedName: string) => ({
  suggestedName,
  files,
  documents: 1,
  spans: 1,
  offsetUnit: 'codepoints' as const,
  warnings: [],
})

describe('zipFiles', () => {
  const files = [
    { path: 'b1.txt', content: 'Hà Nội 🇻🇳\n' },
    { path: 'annotation.conf', content: '[entities]\n' },
    { path: 'B0.ann', content: 'T1\tClaim 0 2\tHà\n' },
    { path: 'b1.ann', content: '' },
  ]

  it('stores the files inside the folder, sorted by path in code-unit order', () => {
    expect(entryOrder(zipFiles(files, 'demo-brat'))).toEqual([
      'demo-brat/B0.ann',
      'demo-brat/annotation.conf',
      'demo-brat/b1.ann',
      'demo-brat/b1.txt',
    ])
  })

  it('keeps each file’s text as UTF-8', () => {
    const entries = unzipSync(zipFiles(files, 'demo-brat'))
    expect(decoder.decode(entries['demo-brat/b1.txt'])).toBe('Hà Nội 🇻🇳\n')
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('gives byte-identical archives for the same files in any order, at any time', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-04T05:06:07Z'))
    const first = zipFiles(files, 'demo-brat')
    vi.setSystemTime(new Date('2031-11-12T13:14:15Z'))
    const second = zipFiles([...files].reverse(), 'demo-brat')
    expect(second).toEqual(first)
  })
})

describe('downloadFor', () => {
  it('downloads a one-file export as that file, under the suggested name', () => {
    const download = downloadFor(
      dataset([{ path: 'demo.csv', content: '\uFEFFa,b\r\n' }], 'demo.csv'),
    )
    expect(download.name).toBe('demo.csv')
    expect(download.type).toBe('text/csv')
    expect([...download.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(decoder.decode(download.bytes)).toBe('\uFEFFa,b\r\n')
  })

  it('downloads several files as one zip named after the folder', () => {
    const download = downloadFor(
      dataset(
        [
          { path: 'tasks.json', content: '[]' },
          { path: 'label-config.xml', content: '<View/>' },
        ],
        'demo-labelstudio',
      ),
    )
    expect(download.name).toBe('demo-labelstudio.zip')
    expect(download.type).toBe('application/zip')
    expect(entryOrder(download.bytes)).toEqual([
      'demo-labelstudio/label-config.xml',
      'demo-labelstudio/tasks.json',
    ])
  })
})
