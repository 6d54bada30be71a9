// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'

import { splitIntoBlocks } from '../../../src-renderer/annotate/blocks'
import { offsetsToRange, rangeInBlock } from '../../../src-renderer/annotate/offsets-to-range'
import {
  boundaryToOffset,
  selectionToOffsets,
} from '../../../src-renderer/annotate/selection-to-offsets'

const TEXT = [
  'Hà Nội cam kết tăng cường hợp tác\n\n',
  'Lễ hội 🎉 có 👨‍👩‍👧‍👦 gia đình từ 🇬🇧 và 🇫🇷.\n',
  'Thủy văn: 12.500 hộ dân, tăng 3,5% — “đúng”.',
].join('')

/** The text view as BlockRow renders it: per block a row with a paint layer and the text. */
function renderBlocks(text: string, from = 0, to = Infinity): HTMLElement {
  const root = document.createElement('div')
  const sizer = document.createElement('div')
  root.append(sizer)
  splitIntoBlocks(text, 24).forEach((block, index) => {
    if (index < from || index >= to) return
    const row = document.createElement('div')
    const paint = document.createElement('div')
    paint.setAttribute('aria-hidden', 'true')
    paint.append(document.createElement('div'))
    const body = document.createElement('div')
    body.setAttribute('data-start', String(block.start))
    body.textContent = text.slice(block.start, block.end)
    row.append(paint, body)
    sizer.append(row)
  })
  document.body.replaceChildren(root)
  return root
}

const select = (range: Range) => {
  const selection = document.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  return selection
}

describe('offsets → DOM range → offsets', () => {
  let root: HTMLElement
  beforeEach(() => {
    root = renderBlocks(TEXT)
  })

  const cases: [string, string][] = [
    ['a word with diacritics', 'tăng cường'],
    ['a ZWJ family emoji', '👨‍👩‍👧‍👦'],
    ['two flags across a block edge', '🇬🇧 và 🇫🇷.\nThủy'],
    ['a span over three blocks', 'hợp tác\n\nLễ hội 🎉 có 👨‍👩‍👧‍👦 gia đình từ 🇬🇧 và 🇫🇷.\nThủy văn'],
    ['curly quotes at the end', '“đúng”.'],
  ]
  it.each(cases)('%s comes back as the same offsets and text', (_, phrase) => {
    const start = TEXT.indexOf(phrase)
    const end = start + phrase.length

    const range = offsetsToRange(root, start, end)!

    expect(range.toString()).toBe(phrase)
    expect(selectionToOffsets(select(range), root)).toEqual({ start, end })
  })

  it('covers the whole text from 0 to its length', () => {
    const range = offsetsToRange(root, 0, TEXT.length)!
    expect(range.toString()).toBe(TEXT)
    expect(selectionToOffsets(select(range), root)).toEqual({ start: 0, end: TEXT.length })
  })
})

describe('boundaryToOffset', () => {
  it('adds the offset inside a text node to its block start', () => {
    const root = renderBlocks(TEXT)
    const block = root.querySelectorAll('[data-start]')[2]!
    expect(boundaryToOffset(root, block.firstChild!, 3)).toBe(
      Number(block.getAttribute('data-start')) + 3,
    )
  })

  it('reads a boundary on the block element as its start or its end', () => {
    const root = renderBlocks(TEXT)
    const block = root.querySelectorAll('[data-start]')[1]!
    const start = Number(block.getAttribute('data-start'))
    expect(boundaryToOffset(root, block, 0)).toBe(start)
    expect(boundaryToOffset(root, block, 1)).toBe(start + block.textContent!.length)
  })

  it('takes a point in the paint layer or between rows as the start of the next block', () => {
    const root = renderBlocks(TEXT)
    const row = root.firstElementChild!.children[1]!
    const next = Number(row.querySelector('[data-start]')!.getAttribute('data-start'))
    expect(boundaryToOffset(root, row.firstElementChild!, 0)).toBe(next)
    expect(boundaryToOffset(root, root.firstElementChild!, 1)).toBe(next)
  })

  it('clamps a point outside the view to its first or last rendered block', () => {
    const root = renderBlocks(TEXT, 1, 3)
    const before = document.createElement('p')
    const after = document.createElement('p')
    document.body.prepend(before)
    document.body.append(after)
    const blocks = splitIntoBlocks(TEXT, 24)
    expect(boundaryToOffset(root, before, 0)).toBe(blocks[1]!.start)
    expect(boundaryToOffset(root, after, 0)).toBe(blocks[2]!.end)
  })
})

describe('selectionToOffsets', () => {
  it('is null for a collapsed selection (a click)', () => {
    const root = renderBlocks(TEXT)
    const text = root.querySelector('[data-start]')!.firstChild!
    const range = document.createRange()
    range.setStart(text, 4)
    expect(selectionToOffsets(select(range), root)).toBeNull()
  })

  it('is null for a selection outside the view', () => {
    const root = renderBlocks(TEXT)
    const elsewhere = document.createElement('p')
    elsewhere.textContent = 'side panel text'
    document.body.append(elsewhere)
    const range = document.createRange()
    range.selectNodeContents(elsewhere)
    expect(selectionToOffsets(select(range), root)).toBeNull()
  })
})

describe('offsetsToRange with virtualised blocks', () => {
  it('clips to the blocks that are mounted, and is null when none of the span is', () => {
    const blocks = splitIntoBlocks(TEXT, 24)
    const root = renderBlocks(TEXT, 2, 4)
    const range = offsetsToRange(root, 0, blocks[2]!.end + 2)!
    expect(range.toString()).toBe(TEXT.slice(blocks[2]!.start, blocks[2]!.end + 2))
    expect(offsetsToRange(root, 0, blocks[1]!.end)).toBeNull()
  })

  it('rangeInBlock gives the part of a span inside one block', () => {
    const root = renderBlocks(TEXT)
    const block = root.querySelectorAll('[data-start]')[1]!
    const start = Number(block.getAttribute('data-start'))
    expect(rangeInBlock(block, start - 5, start + 3)!.toString()).toBe(TEXT.slice(start, start + 3))
    expect(rangeInBlock(block, 0, start)).toBeNull()
  })
})
