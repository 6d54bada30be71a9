import type { ImportOutcome } from '@contract/endpoints'
import type { ReanchorReport } from '@core/reanchor/reanchor-report'

const spans = (count: number): string => `${count} ${count === 1 ? 'span' : 'spans'}`

function ReanchoredDocument({
  source,
  report,
}: {
  readonly source: string
  readonly report: ReanchorReport
}) {
  const { exact, fuzzy, notPlaced, unwritten } = report
  return (
    <li data-testid="reanchored-document">
      <span className="outcome-file">{source}</span>{' '}
      <span className="outcome-reason">new version of “{report.replaces.title}”</span>
      <ul
        className="reanchor-list"
        aria-label={`Spans carried to the new version of ${report.replaces.title}`}
      >
        <li>{spans(exact)} placed exactly</li>
        <li>{spans(fuzzy)} placed by fuzzy match (check them)</li>
        <li>
          {spans(notPlaced.length)} not placed{notPlaced.length > 0 && ' (kept on the old version)'}
        </li>
        {notPlaced.map((span, index) => (
          <li key={index} className="not-placed">
            {`${span.label}: `}
            <span className="reanchor-quote">“{span.text}”</span>
            {` (${span.annotator}) — ${span.reason}`}
          </li>
        ))}
        {unwritten.map((layer) => (
          <li key={layer.annotator} className="not-placed">
            {layer.annotator}: {spans(layer.spans)} not carried — {layer.message}
          </li>
        ))}
      </ul>
    </li>
  )
}

/** For each re-imported article with a changed text, what became of its old version's spans. */
export function ReanchorSummary({ outcomes }: { readonly outcomes: readonly ImportOutcome[] }) {
  const reanchored = outcomes.filter((outcome) => outcome.reanchor !== undefined)
  if (reanchored.length === 0) return null
  return (
    <section>
      <h3>New versions of documents</h3>
      <ul className="outcome-list" aria-label="New versions">
        {reanchored.map((outcome, index) => (
          <ReanchoredDocument
            key={`${outcome.source}-${index}`}
            source={outcome.source}
            report={outcome.reanchor as ReanchorReport}
          />
        ))}
      </ul>
    </section>
  )
}
