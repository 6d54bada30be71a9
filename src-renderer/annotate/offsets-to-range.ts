import { BLOCK_ATTRIBUTE } from './selection-to-offsets'

const BLOCK_SELECTOR = `[${BLOCK_ATTRIBUTE}]`

/**
 * A Range over one block's text node for the part of `[start, end)` that falls in it, or
 * `null` when they do not meet. Painting uses this per block, so it never walks the DOM.
 */
export function rangeInBlock(block: Element, start: number, end: number): Range | null {
  const text = block.firstChild
  if (!text || text.nodeType !== Node.TEXT_NODE) return null
  const blockStart = Number(block.getAttribute(BLOCK_ATTRIBUTE))
  const length = (text as Text).length
  const from = Math.max(start - blockStart, 0)
  const to = Math.min(end - blockStart, length)
  if (to <= from) return null
  const range = block.ownerDocument.createRange()
  range.setStart(text, from)
  range.setEnd(text, to)
  return range
}

/**
 * A Range over the rendered blocks for document offsets `[start, end)`, clipped to the
 * blocks that are mounted; `null` when none of it is.
 */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  let range: Range | null = null
  for (const block of root.querySelectorAll(BLOCK_SELECTOR)) {
    const piece = rangeInBlock(block, start, end)
    if (!piece) continue
    if (range) range.setEnd(piece.endContainer, piece.endOffset)
    else range = piece
  }
  return range
}
