import type { CommentThread } from '@core/comments/comment'
import { countThreads, placeThreads, type ThreadCount } from '@core/comments/place-threads'
import { indexOfSpan } from '@core/spans/span-layout'
import { useMemo } from 'react'

import type { OpenDoc } from '../state/app-state'
import { useAppState } from '../state/use-store'
import { DocLabelPanel } from './doc-label-panel'
import { GoldFeedback } from './gold-feedback'
import { LabelLegend } from './label-legend'
import { OtherCommentsSection } from './other-comments-section'
import { SelectedSpanStatus } from './selected-span-status'
import { RelationList } from './relation-list'
import { SpanInspector } from './span-inspector'
import { SpanList } from './span-list'
import { useGoldComparison } from './use-gold-comparison'

const NO_LABELS: readonly never[] = []
const NO_THREADS: readonly CommentThread[] = []

export function SidePanel({ doc }: { readonly doc: OpenDoc }) {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const annotator = useAppState((state) => state.session?.annotator ?? '')
  const docLabelCategories = useAppState((state) => state.session?.project?.docLabels ?? NO_LABELS)
  const selectedSpanId = useAppState((state) => state.selectedSpanId)
  const threads = useAppState((state) => state.comments[doc.entry.id]) ?? NO_THREADS
  const placed = useMemo(
    () => placeThreads(threads, annotator, doc.spans),
    [threads, annotator, doc.spans],
  )
  const counts = useMemo(
    () =>
      new Map<string, ThreadCount>(
        [...placed.bySpan].map(([spanId, list]) => [spanId, countThreads(list)]),
      ),
    [placed],
  )
  const selectedAt = selectedSpanId === null ? -1 : indexOfSpan(doc.layout, selectedSpanId)
  const selected = doc.spans[selectedAt]
  const compare = useGoldComparison(doc)
  return (
    <aside className="side-panel" aria-label="Spans and labels">
      <SelectedSpanStatus
        span={selected}
        index={selectedAt}
        count={doc.spans.length}
        labels={labels}
      />
      {selected && (
        <SpanInspector
          key={selected.id}
          docId={doc.entry.id}
          annotator={annotator}
          span={selected}
          labels={labels}
        />
      )}
      {selected && <RelationList doc={doc} span={selected} />}
      {compare.on && (
        <section className="panel-section" aria-label="Compared with gold">
          <h3>Compared with gold</h3>
          <GoldFeedback comparison={compare.comparison} labels={labels} loading={compare.loading} />
        </section>
      )}
      <DocLabelPanel categories={docLabelCategories} docLabels={doc.docLabels} />
      <section className="panel-section">
        <h3>Labels</h3>
        <LabelLegend labels={labels} counts={doc.layout.labelCounts} />
      </section>
      {placed.elsewhere.length > 0 && (
        <OtherCommentsSection
          key={doc.entry.id}
          docId={doc.entry.id}
          threads={placed.elsewhere}
          labels={labels}
          annotator={annotator}
          spans={doc.spans}
        />
      )}
      <section className="panel-section panel-grow">
        <h3>
          Spans <span className="count">{doc.spans.length}</span>
        </h3>
        <SpanList
          spans={doc.spans}
          labels={labels}
          selectedIndex={selectedAt}
          commentCounts={counts}
        />
      </section>
    </aside>
  )
}
