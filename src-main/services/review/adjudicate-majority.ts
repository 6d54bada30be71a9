import { randomUUID } from 'node:crypto'

import type { MajoritySummary } from '../../contract/endpoints'
import { indexDecisions } from '../../core/review/decisions'
import { EMPTY_GOLD, isEmptyGoldEdit } from '../../core/review/gold-edit'
import { groupCandidates } from '../../core/review/group-candidates'
import { majorityEdit } from '../../core/review/majority'
import { reviewProgress } from '../../core/review/review-progress'
import { mapLimit } from '../annotations/map-limit'
import type { ProjectStore } from '../project/project-store'
import { selectEntries } from '../export/select-dataset'
import { readDocumentLayers } from './review-layers'
import { writeGoldEdit } from './save-gold'

export interface MajorityOptions {
  readonly annotators: readonly string[]
  readonly reviewer: string
  /** Only these documents; all when absent. */
  readonly docs?: readonly string[]
}

// Each gold file is written on its own, atomically; a few at a time keep 1,000 documents quick.
const PARALLEL_DOCUMENTS = 8

/**
 * The automatic first pass of adjudication: for each document, every (start, end, label)
 * shared exactly by more than half of the chosen annotators who have it goes into gold.
 * Spans already in gold are kept and a reviewer's earlier verdicts win. A failure on one
 * document leaves the gold files already written complete.
 */
export async function adjudicateMajority(
  store: ProjectStore,
  options: MajorityOptions,
): Promise<MajoritySummary> {
  const [entries, project] = await Promise.all([
    selectEntries(store, options.docs),
    store.readProject(),
  ])
  const outcomes = await mapLimit(entries, PARALLEL_DOCUMENTS, async (entry) => {
    const layers = await readDocumentLayers(store, entry, options.annotators)
    if (layers.layers.length === 0) return null
    const text = await store.readText(entry)
    const groups = groupCandidates(layers.layers)
    const stored = layers.gold
    const gold =
      stored === null ? EMPTY_GOLD : { spans: stored.spans, decisions: stored.decisions ?? [] }
    const outcome = majorityEdit(groups, layers.layers.length, gold, {
      text,
      reviewer: options.reviewer,
      now: new Date().toISOString(),
      newId: randomUUID,
    })
    const written = !isEmptyGoldEdit(outcome.edit)
    const progress = written
      ? (
          await writeGoldEdit(store, outcome.edit, {
            text,
            labels: project.labels,
            layers,
            annotators: options.annotators,
          })
        ).progress
      : reviewProgress(groups, indexDecisions(gold.decisions))
    return { outcome, progress, written }
  })
  const summary = { documents: 0, added: 0, alreadyPresent: 0, overruled: 0, left: 0 }
  let adjudicated = 0
  let written = 0
  for (const result of outcomes) {
    if (result === null) continue
    summary.documents++
    summary.added += result.outcome.added
    summary.alreadyPresent += result.outcome.alreadyPresent
    summary.overruled += result.outcome.overruled
    summary.left +=
      result.progress.open.label +
      result.progress.open.boundary +
      result.progress.open.missing +
      result.progress.open.attribute
    if (result.progress.adjudicated) adjudicated++
    if (result.written) written++
  }
  return { ...summary, adjudicated, written }
}
