import { indexDecisions } from '@core/review/decisions'
import { reviewProgress } from '@core/review/review-progress'
import { GROUP_KINDS } from '@core/review/review-group'
import { useMemo } from 'react'

import { visibleGroups } from '../state/review-selectors'
import type { ReviewDoc, ReviewFilter } from '../state/review-state'
import { useAppState, useCommands } from '../state/use-store'
import type { AnnotatorBadge } from './annotator-badges'
import { DisagreementCard } from './disagreement-card'
import { DisagreementList } from './disagreement-list'
import { DocLabelReview } from './doc-label-review'
import { GoldInspector } from './gold-inspector'
import { KIND_NAMES } from './group-words'
import { RelationReview } from './relation-review'

const NO_LABELS: readonly never[] = []

interface ReviewPanelProps {
  readonly doc: ReviewDoc
  readonly badges: ReadonlyMap<string, AnnotatorBadge>
}

/** The right side of review: the gold span or the group being decided, then the list. */
export function ReviewPanel({ doc, badges }: ReviewPanelProps) {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const filter = useAppState((state) => state.review.filter)
  const groupId = useAppState((state) => state.review.groupId)
  const goldSpanId = useAppState((state) => state.review.goldSpanId)
  const { review } = useCommands()

  const groups = useMemo(() => visibleGroups(doc, filter), [doc, filter])
  const progress = useMemo(
    () => reviewProgress(doc.groups, indexDecisions(doc.gold.decisions)),
    [doc.groups, doc.gold.decisions],
  )

  const current = doc.groups.find((group) => group.id === groupId) ?? null
  const gold = doc.gold.spans.find((span) => span.id === goldSpanId)
  const at = current ? groups.findIndex((group) => group.id === current.id) : -1
  const filters: readonly {
    readonly value: ReviewFilter
    readonly name: string
    readonly count: number
  }[] = [
    {
      value: 'open',
      name: 'Open',
      count: progress.disagreements - progress.settledDisagreements,
    },
    { value: 'disagreements', name: 'All', count: progress.disagreements },
    ...GROUP_KINDS.map((kind) => ({
      value: kind,
      name: KIND_NAMES[kind],
      count: progress.counts[kind],
    })),
  ]

  return (
    <aside className="side-panel review-panel" aria-label="Disagreements and gold">
      {gold && <GoldInspector key={gold.id} docId={doc.entry.id} span={gold} labels={labels} />}
      {!gold && current && (
        <DisagreementCard
          doc={doc}
          group={current}
          labels={labels}
          badges={badges}
          position={at >= 0 ? `${at + 1} of ${groups.length}` : null}
        />
      )}
      <DocLabelReview doc={doc} />
      <RelationReview doc={doc} badges={badges} />
      <section className="panel-section panel-grow">
        <h3>Disagreements</h3>
        <div role="radiogroup" aria-label="Show" className="kind-filters">
          {filters.map((item) => (
            <button
              key={item.value}
              type="button"
              role="radio"
              aria-checked={filter === item.value}
              className={`kind-filter kind-${item.value}`}
              onClick={() => review.setFilter(item.value)}
            >
              {item.name} <span className="count">{item.count}</span>
            </button>
          ))}
        </div>
        <DisagreementList doc={doc} groups={groups} currentId={groupId} />
      </section>
    </aside>
  )
}
