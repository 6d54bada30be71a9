import { useMemo } from 'react'

import { currentIndex, findResults } from '../state/find-results'
import { useAppState } from '../state/use-store'
import { withFindPaints } from './find-paints'
import type { PaintSource } from './paint-plan'

/** `source` with the find bar's matches in `text` painted on top, while the bar is open. */
export function useFindPaints(text: string, source: PaintSource): PaintSource {
  const find = useAppState((state) => state.find)
  const matches = findResults(text, find)
  const current = currentIndex(find, matches)
  return useMemo(() => withFindPaints(source, matches, current), [source, matches, current])
}
