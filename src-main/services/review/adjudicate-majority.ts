import { randomUUID } from 'node:crypto'

import type { MajoritySummary } from '../../contract/endpoints'
import { indexDecisions } from '../../core/review/decisions'
import { applyGoldEdit, EMPTY_GOLD, isEmptyGoldEdit } from '../../core/review/gold-edit'
import { groupCandidates } from '../../core/review/group-candidates'
import { majorityEdit } from '../../core/review/majority'
import { reviewProgress } from '../../core/review/review-progress'
import type { ProjectStore } from '../project/project-store'
import { selectEntries } from '../export/select-dataset'
import { readDocumentLayers } from './review-layers'
import { saveGoldEdit } from './save-gold'

export interface MajorityOptions {
  readonly annotators: readonly string[]
  readonly reviewer: string
  /** Only these documents; all when absent. */
  readonly docs?: readonly string[]
}

/**
 * The automatic first pass of adjudication: for each document, every (start, end, label)
 * shared exactly by more than half of the chosen annotators who have it goes into gold.
 * Spans already in gold are kept and a reviewer's earlier verdicts win. Documents are done
 * one after another so that a failure leaves every earlier gold file complete.
 */
export async function adjudicateMajority(
  store: ProjectStore,
  options: MajorityOptions,
): Promise<MajoritySummary> {
  const entries = await selectEntries(store, options.docs)
  const totals = { documents: 0, added: 0, alreadyPresent: 0, overruled: 0, left: 0 }
  let adjudicated = 0
  let written = 0
  for (const entry of entries) {
    const read = await readDocumentLayers(store, entry, options.annotators)
    if (read.layers.length === 0) continue
    const text = await store.readText(entry)
    const groups = groupCandidates(read.layers)
    const gold =
      read.gold === null
        ? EMPTY_GOLD
        : { spans: read.gold.spans, decisions: read.gold.decisions ?? [] }
    const outcome = majorityEdit(groups, read.layers.length, gold, {
      text,
      reviewer: options.reviewer,
      now: new Date().toISOString(),
      newId: randomUUID,
    })
    const after = applyGoldEdit(gold, outcome.edit)
    const progress = reviewProgress(groups, indexDecisions(after.decisions))
    if (!isEmptyGoldEdit(outcome.edit)) {
      await saveGoldEdit(store, entry.id, outcome.edit, options.annotators)
      written++
    }
    totals.documents++
    totals.added += outcome.added
    totals.alreadyPresent += outcome.alreadyPresent
    totals.overruled += outcome.overruled
    totals.left += progress.open.label + progress.open.boundary + progress.open.missing
    if (progress.adjudicated) adjudicated++
  }
  return { ...totals, adjudicated, written }
}
