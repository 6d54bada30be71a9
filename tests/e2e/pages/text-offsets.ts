import type { Locator } from '@playwright/test'

import type { Point } from './workbench-page'

/**
 * Scrolls the text view (of a text `length` long) until the block holding document offset
 * `offset` is rendered and that offset sits `fromTop` pixels under the view's top. Blocks far
 * away are not in the DOM: the view first jumps to the same share of its height, then steps.
 */
export async function scrollToOffset(
  view: Locator,
  offset: number,
  length: number,
  fromTop = 200,
): Promise<void> {
  await view.evaluate(
    (root, share) => root.scrollTo(0, (root.scrollHeight - root.clientHeight) * share),
    offset / length,
  )
  for (let attempt = 0; attempt < 60; attempt++) {
    const done = await view.evaluate(
      (root, [target, margin]) => {
        const blocks = [...root.querySelectorAll('[data-start]')]
        const starts = blocks.map((block) => Number(block.getAttribute('data-start')))
        const holder = blocks.find((block, i) => {
          const length = block.firstChild?.textContent?.length ?? 0
          return (starts[i] as number) <= target && target < (starts[i] as number) + length
        })
        if (!holder) {
          // Not mounted yet: a view's height towards it.
          root.scrollBy(0, target < Math.min(...starts) ? -root.clientHeight : root.clientHeight)
          return false
        }
        const node = holder.firstChild as Text
        const range = document.createRange()
        const at = target - Number(holder.getAttribute('data-start'))
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        const rect = range.getBoundingClientRect()
        const top = root.getBoundingClientRect().top
        root.scrollBy(0, rect.top - top - margin)
        return Math.abs(range.getBoundingClientRect().top - top - margin) < 2
      },
      [offset, fromTop] as const,
    )
    if (done) return
  }
  throw new Error(`the text view never showed offset ${offset}`)
}

/** The middle of the character at document offset `offset`, which must be on screen. */
export async function charPoint(view: Locator, offset: number): Promise<Point> {
  const point = await view.evaluate((root, target) => {
    for (const block of root.querySelectorAll('[data-start]')) {
      const node = block.firstChild
      const start = Number(block.getAttribute('data-start'))
      if (!(node instanceof Text) || target < start || target >= start + node.length) continue
      const range = document.createRange()
      range.setStart(node, target - start)
      range.setEnd(node, target - start + 1)
      const rect = [...range.getClientRects()].find((box) => box.width > 0)
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null
    }
    return null
  }, offset)
  if (!point) throw new Error(`offset ${offset} is not on screen`)
  return point
}
