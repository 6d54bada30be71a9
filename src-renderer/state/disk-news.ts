import { GOLD_LAYER } from '@core/review/review-records'
import type { DiskState } from './app-state'

/**
 * Whether the last disk news concerns a view of one document showing the given layers
 * (annotator names, `_gold` for the adjudicated set; all layers when left out): their spans
 * or comments on it changed, or the labels did, or the host said everything may have.
 */
export function touchesDocument(
  disk: DiskState,
  docId: string,
  layers?: readonly string[],
): boolean {
  if (disk.everything) return true
  return disk.changes.some((change) => {
    switch (change.kind) {
      case 'annotations':
        return change.docId === docId && (layers === undefined || layers.includes(change.annotator))
      case 'comments':
        return change.docId === docId
      case 'project':
        return true
      case 'index':
        return false
    }
  })
}

/**
 * Whether the last disk news concerns a view over the whole project for the given layers
 * (all when left out), such as agreement figures: any of their files, the documents, or the
 * labels changed.
 */
export function touchesLayers(disk: DiskState, layers?: readonly string[]): boolean {
  if (disk.everything) return true
  return disk.changes.some(
    (change) =>
      change.kind === 'index' ||
      change.kind === 'project' ||
      (change.kind === 'annotations' &&
        (layers === undefined || layers.includes(change.annotator))),
  )
}

/** Annotators whose files the news names but who are not among `known` (never the gold set). */
export function newLayers(disk: DiskState, known: readonly string[]): string[] {
  const names = disk.changes.flatMap((change) =>
    change.kind === 'annotations' &&
    change.annotator !== GOLD_LAYER &&
    !known.includes(change.annotator)
      ? [change.annotator]
      : [],
  )
  return [...new Set(names)]
}
