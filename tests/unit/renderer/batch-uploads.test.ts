import { describe, expect, it } from 'vitest'

import { batchUploads } from '../../../src-renderer/state/commands/import'
import { isArticlePath } from '../../../src-renderer/import/read-files'

const files = (...sizes: number[]) => sizes.map((size, i) => ({ name: `f${i}`, size }))

describe('batchUploads', () => {
  it('sends at most 20 files per request', () => {
    expect(batchUploads(files(...Array<number>(45).fill(10))).map((b) => b.length)).toEqual([
      20, 20, 5,
    ])
  })

  it('starts a new request before the batch would pass the byte limit; a big file goes alone', () => {
    const batches = batchUploads(files(3, 4, 9, 2, 2), 20, 8)
    expect(batches.map((b) => b.map((f) => f.size))).toEqual([[3, 4], [9], [2, 2]])
  })

  it('makes no request for no files', () => {
    expect(batchUploads([])).toEqual([])
  })
})

describe('isArticlePath', () => {
  it.each([
    ['desk/one.txt', true],
    ['desk/Two.MD', true],
    ['desk/page.HTML', true],
    ['desk/page.htm', true],
    ['desk/corpus.jsonl', true],
    ['desk/corpus.json', true],
    ['desk/photo.png', false],
    ['desk/notes.docx', false],
    ['desk/.cache/three.txt', false],
    ['.notes.txt', false],
  ])('%s → %s', (path, expected) => {
    expect(isArticlePath(path)).toBe(expected)
  })
})
