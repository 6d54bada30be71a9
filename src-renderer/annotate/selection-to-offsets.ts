/** Marks a rendered block: its single text node is `text.slice(data-start, …)`. */
export const BLOCK_ATTRIBUTE = 'data-start'
const BLOCK_SELECTOR = `[${BLOCK_ATTRIBUTE}]`

export interface Offsets {
  readonly start: number
  readonly end: number
}

const blockStart = (block: Element): number => Number(block.getAttribute(BLOCK_ATTRIBUTE))

const blockLength = (block: Element): number => block.firstChild?.textContent?.length ?? 0

function enclosingBlock(root: Element, node: Node): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  const block = element?.closest(BLOCK_SELECTOR) ?? null
  return block && root.contains(block) ? block : null
}

/**
 * A DOM boundary point (node + offset, as in a Selection or Range) as a UTF-16 offset into
 * the document: the block's `data-start` plus the offset inside its text node. A point
 * between blocks or on painted highlights takes the start of the next block; a point outside
 * the view is clamped to its first or last rendered block.
 */
export function boundaryToOffset(root: Element, node: Node, offset: number): number | null {
  const block = enclosingBlock(root, node)
  if (block) {
    if (node.nodeType === Node.TEXT_NODE) return blockStart(block) + offset
    return blockStart(block) + (offset === 0 ? 0 : blockLength(block))
  }
  const blocks = root.querySelectorAll(BLOCK_SELECTOR)
  const first = blocks[0]
  const last = blocks[blocks.length - 1]
  if (!first || !last) return null
  if (!root.contains(node)) {
    const before = root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING
    return before ? blockStart(first) : blockStart(last) + blockLength(last)
  }
  const point = root.ownerDocument.createRange()
  point.setStart(node, offset)
  for (const candidate of blocks) {
    if (point.comparePoint(candidate, 0) >= 0) return blockStart(candidate)
  }
  return blockStart(last) + blockLength(last)
}

/** The selected stretch of the document, or `null` when nothing in the view is selected. */
export function selectionToOffsets(selection: Selection | null, root: Element): Offsets | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!range.intersectsNode(root)) return null
  const start = boundaryToOffset(root, range.startContainer, range.startOffset)
  const end = boundaryToOffset(root, range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/** The document offset of the caret position under a point (e.g. a click). */
export function caretOffsetAtPoint(root: Element, x: number, y: number): number | null {
  const doc = root.ownerDocument
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y)
    return position ? boundaryToOffset(root, position.offsetNode, position.offset) : null
  }
  const range = doc.caretRangeFromPoint?.(x, y)
  return range ? boundaryToOffset(root, range.startContainer, range.startOffset) : null
}
