/**
 * The virtualised rows to mount: the visible range plus the block that holds the anchor of
 * the analyst's selection. Unmounting that block would end the DOM selection, so a drag or a
 * Shift+arrow selection that runs far past the viewport would lose where it started.
 */
export function withPinnedBlock(indexes: readonly number[], pinned: number | null): number[] {
  if (pinned === null || indexes.includes(pinned)) return [...indexes]
  return [...indexes, pinned].sort((a, b) => a - b)
}

/** The index of the virtualised block (`data-index`) holding `node`, or `null` outside one. */
export function blockIndexOfNode(node: Node | null): number | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null)
  const row = element?.closest('[data-index]')
  const index = row ? Number(row.getAttribute('data-index')) : Number.NaN
  return Number.isInteger(index) ? index : null
}
