import type { OpenDoc } from '../state/app-state'
import { useAppState } from '../state/use-store'
import { LabelLegend } from './label-legend'
import { SpanInspector } from './span-inspector'
import { SpanList } from './span-list'

const NO_LABELS: readonly never[] = []

export function SidePanel({ doc }: { readonly doc: OpenDoc }) {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const selectedSpanId = useAppState((state) => state.selectedSpanId)
  const selected = doc.spans.find((span) => span.id === selectedSpanId)
  return (
    <aside className="side-panel" aria-label="Spans and labels">
      {selected && <SpanInspector key={selected.id} span={selected} labels={labels} />}
      <section className="panel-section">
        <h3>Labels</h3>
        <LabelLegend labels={labels} spans={doc.spans} />
      </section>
      <section className="panel-section panel-grow">
        <h3>
          Spans <span className="count">{doc.spans.length}</span>
        </h3>
        <SpanList spans={doc.spans} labels={labels} selectedSpanId={selectedSpanId} />
      </section>
    </aside>
  )
}
