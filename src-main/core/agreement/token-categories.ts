import type { TokenTable } from './agreement-tokens'
import type { CategoryIndex } from './category-index'

/** A span reduced to what agreement needs: UTF-16 offsets (end exclusive) and a label number. */
export interface LabelledRange {
  readonly start: number
  readonly end: number
  readonly label: number
}

/**
 * Each token's category for one annotator: the set of labels of the spans that cover any
 * part of it. One sweep over the tokens in text order with the spans sorted by start and by
 * end, keeping a count of the spans open per label: O((tokens + spans) · log spans).
 */
export function tokenCategories(
  tokens: TokenTable,
  spans: readonly LabelledRange[],
  categories: CategoryIndex,
): Int32Array {
  const result = new Int32Array(tokens.count)
  if (spans.length === 0) return result
  const byStart = [...spans].sort((x, y) => x.start - y.start)
  const byEnd = [...spans].sort((x, y) => x.end - y.end)
  const open = new Map<number, number>()
  let nextStart = 0
  let nextEnd = 0
  let category = 0
  let changed = false
  for (let t = 0; t < tokens.count; t++) {
    const tokenStart = tokens.starts[t] as number
    const tokenEnd = tokens.ends[t] as number
    // Open every span that starts before the token ends ...
    while (nextStart < byStart.length && (byStart[nextStart] as LabelledRange).start < tokenEnd) {
      const label = (byStart[nextStart++] as LabelledRange).label
      open.set(label, (open.get(label) ?? 0) + 1)
      changed = true
    }
    // ... and close every span that ends before it starts (those were opened already).
    while (nextEnd < byEnd.length && (byEnd[nextEnd] as LabelledRange).end <= tokenStart) {
      const label = (byEnd[nextEnd++] as LabelledRange).label
      const left = (open.get(label) ?? 1) - 1
      if (left === 0) open.delete(label)
      else open.set(label, left)
      changed = true
    }
    if (changed) {
      category = categories.ofLabels([...open.keys()])
      changed = false
    }
    result[t] = category
  }
  return result
}
