import type DiffMatchPatch from 'diff-match-patch'

/** Carries offsets of an old text to the new text, through the diff of the two. */
export type OffsetMap = (oldOffset: number) => number

/**
 * The diff of the two texts as a sorted table of unchanged stretches, looked up by binary
 * search: mapping 20,000 spans costs 20,000 lookups, not 20,000 walks of the diff (what
 * `diff_xIndex` does per call). An offset inside deleted text goes to where the deletion was.
 */
export function createOffsetMap(dmp: DiffMatchPatch, oldText: string, newText: string): OffsetMap {
  const diffs = dmp.diff_main(oldText, newText)
  const oldStarts: number[] = []
  const newStarts: number[] = []
  const lengths: number[] = []
  let oldAt = 0
  let newAt = 0
  for (const [op, text] of diffs) {
    if (op === 0) {
      oldStarts.push(oldAt)
      newStarts.push(newAt)
      lengths.push(text.length)
    }
    if (op !== 1) oldAt += text.length
    if (op !== -1) newAt += text.length
  }
  // After the last unchanged stretch: where a deletion at the very end left off.
  return (oldOffset) => {
    let low = 0
    let high = oldStarts.length - 1
    let found = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if ((oldStarts[mid] ?? 0) <= oldOffset) {
        found = mid
        low = mid + 1
      } else high = mid - 1
    }
    if (found === -1) return 0
    const into = oldOffset - (oldStarts[found] ?? 0)
    const length = lengths[found] ?? 0
    // Inside the stretch, or just past it (deleted or replaced text): its end.
    return (newStarts[found] ?? 0) + Math.min(into, length)
  }
}
