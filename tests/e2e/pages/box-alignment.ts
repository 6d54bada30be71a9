import type { Locator } from '@playwright/test'

/**
 * For each highlight box under `view` matching `selector`, how far (in CSS pixels, the worst
 * of top and left) it sits from the character it starts on: the character under a point just
 * inside its left edge, found the way a click finds one. 0 when every box is where its text is.
 */
export function worstBoxOffset(view: Locator, selector: string): Promise<number> {
  return view.evaluate((root, boxes) => {
    let worst = 0
    for (const box of root.querySelectorAll(boxes)) {
      const rect = box.getBoundingClientRect()
      const x = rect.left + 2
      const y = rect.top + rect.height / 2
      const caret = document.caretPositionFromPoint(x, y)
      const node = caret?.offsetNode
      if (!caret || !(node instanceof Text)) return Number.POSITIVE_INFINITY
      const under = [caret.offset, caret.offset - 1]
        .filter((at) => at >= 0 && at < node.length)
        .map((at) => {
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + 1)
          return range.getBoundingClientRect()
        })
        .find((char) => x >= char.left && x <= char.right)
      if (!under) return Number.POSITIVE_INFINITY
      worst = Math.max(worst, Math.abs(under.top - rect.top), Math.abs(under.left - rect.left))
    }
    return worst
  }, selector)
}
