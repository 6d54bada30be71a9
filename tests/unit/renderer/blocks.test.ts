import { describe, expect, it } from 'vitest'

import {
  blockIndexAt,
  MAX_BLOCK_LENGTH,
  splitIntoBlocks,
} from '../../../src-renderer/annotate/blocks'

const slices = (text: string) => splitIntoBlocks(text).map((b) => text.slice(b.start, b.end))

describe('splitIntoBlocks', () => {
  it('gives one block per line, each keeping the line breaks after it', () => {
    expect(slices('Title\n\nFirst paragraph.\nSecond line\n')).toEqual([
      'Title\n\n',
      'First paragraph.\n',
      'Second line\n',
    ])
  })

  it('keeps leading line breaks in a block of their own', () => {
    expect(slices('\n\nText')).toEqual(['\n\n', 'Text'])
  })

  it('gives no blocks for an empty text', () => {
    expect(splitIntoBlocks('')).toEqual([])
  })

  it('cuts a long paragraph after a space, never inside a word', () => {
    const text = 'word '.repeat(10)
    expect(splitIntoBlocks(text, 12)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
      { start: 30, end: 40 },
      { start: 40, end: 50 },
    ])
  })

  it('cuts a paragraph without spaces at the limit, but never between a surrogate pair', () => {
    const text = 'ab😀cd😀ef'
    // The first cut at 3 would fall between the two halves of the first 😀, so it comes at 2.
    expect(splitIntoBlocks(text, 3).map((b) => text.slice(b.start, b.end))).toEqual([
      'ab',
      '😀c',
      'd😀',
      'ef',
    ])
  })

  it('keeps a whole scraped article written on one 9,360-character line in one block', () => {
    const line = 'The ministry will increase intelligence-sharing ok. '.repeat(180)
    expect(line.length).toBe(9_360)

    expect(splitIntoBlocks(line)).toEqual([{ start: 0, end: 9_360 }])
  })

  it('splits a 1,000,000-character article into contiguous blocks that rebuild it exactly', () => {
    const paragraph = `${'Hà Nội cam kết tăng cường hợp tác 👍🏽 số liệu 76,000. '.repeat(20)}\n\n`
    let text = ''
    while (text.length < 700_000) text += paragraph
    text += 'x '.repeat((1_000_000 - text.length) / 2)
    expect(text.length).toBe(1_000_000)

    const blocks = splitIntoBlocks(text)

    expect(blocks[0]?.start).toBe(0)
    expect(blocks.at(-1)?.end).toBe(1_000_000)
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]?.start).toBe(blocks[i - 1]?.end)
    expect(blocks.every((b) => b.end - b.start <= MAX_BLOCK_LENGTH && b.end > b.start)).toBe(true)
    const paragraphs = Math.ceil(700_000 / paragraph.length)
    // Each paragraph is one block; the 300,000-char tail is cut every MAX_BLOCK_LENGTH.
    expect(paragraph.length).toBeLessThan(MAX_BLOCK_LENGTH)
    expect(blocks.length).toBe(
      paragraphs + Math.ceil((1_000_000 - paragraphs * paragraph.length) / MAX_BLOCK_LENGTH),
    )
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text)
  })
})

describe('blockIndexAt', () => {
  const text = 'one\ntwo\nthree'
  const blocks = splitIntoBlocks(text)

  it('finds the block holding an offset', () => {
    expect([0, 3, 4, 7, 8, 12].map((offset) => blockIndexAt(blocks, offset))).toEqual([
      0, 0, 1, 1, 2, 2,
    ])
  })

  it('gives the last block for the end of the text', () => {
    expect(blockIndexAt(blocks, text.length)).toBe(2)
  })
})
