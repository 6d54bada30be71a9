import type { MergeSummary } from '@core/project/merge-summary'
import { unknownLabelsWarning } from '@core/project/merge-wording'

function Count({ count, text }: { readonly count: number; readonly text: string }) {
  return (
    <li>
      <strong className="count-number">{count.toLocaleString('en')}</strong> {text}
    </li>
  )
}

const plural = (count: number, one: string, many = `${one}s`) => (count === 1 ? one : many)

/** The totals of a merge or its plan: files, spans, documents, and what is left out. */
export function MergeCounts({ summary }: { readonly summary: MergeSummary }) {
  const files = summary.layers.reduce((sum, layer) => sum + layer.filesAdded, 0)
  const spans = summary.layers.reduce((sum, layer) => sum + layer.spans, 0)
  const clashes = summary.layers.filter((layer) => layer.state === 'clash').length
  const left = summary.refused.length + clashes
  const documents = summary.documentsAdded.length
  return (
    <ul className="summary-counts summary-counts-4" aria-label="Merge counts">
      <Count count={files} text={`layer ${plural(files, 'file')}`} />
      <Count count={spans} text={plural(spans, 'span')} />
      <Count count={documents} text={`new ${plural(documents, 'document')}`} />
      <Count count={left} text="not merged" />
    </ul>
  )
}

/** The documents that come in, what is refused and why, and labels this project lacks. */
export function MergeDetails({ summary }: { readonly summary: MergeSummary }) {
  const warning = unknownLabelsWarning(summary.unknownLabels)
  const added = summary.documentsAdded
  return (
    <>
      {warning !== null && (
        <ul className="warning-list merge-warning" aria-label="Warnings">
          <li>{warning}</li>
        </ul>
      )}
      {added.length > 0 && (
        <section>
          <h3>
            {summary.applied ? 'Documents added' : 'Documents to add'} (
            {added.length.toLocaleString('en')})
          </h3>
          <ul className="outcome-list" aria-label="New documents">
            {added.map((document) => (
              <li key={document.id}>
                <span>{document.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.refused.length > 0 && (
        <section>
          <h3>Not merged ({summary.refused.length.toLocaleString('en')})</h3>
          <ul className="outcome-list merge-refused" aria-label="Not merged">
            {summary.refused.map((refusal, index) => (
              <li key={`${refusal.item}-${index}`}>
                <span className="outcome-file">{refusal.item}</span>
                <span className="outcome-reason">{refusal.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
