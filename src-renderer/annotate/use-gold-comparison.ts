import { compareWithGold, type GoldComparison } from '@core/review/compare-with-gold'
import { useMemo } from 'react'

import type { OpenDoc } from '../state/app-state'
import { useAppState } from '../state/use-store'

export interface GoldComparisonView {
  /** Whether "compare with gold" is on. */
  readonly on: boolean
  readonly loading: boolean
  /** `null` while loading, when off, or when the document has no gold yet. */
  readonly comparison: GoldComparison | null
}

/** The open document's spans compared with its gold set, while "compare with gold" is on. */
export function useGoldComparison(doc: OpenDoc): GoldComparisonView {
  const compare = useAppState((state) => state.goldCompare)
  const ready = compare.on && compare.docId === doc.entry.id
  const gold = ready ? compare.gold : null
  const comparison = useMemo(
    () => (gold === null ? null : compareWithGold(doc.spans, gold)),
    [doc.spans, gold],
  )
  return { on: compare.on, loading: compare.on && compare.docId !== doc.entry.id, comparison }
}
