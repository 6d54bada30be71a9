import type { ExportedDataset } from '@contract/endpoints'

import { OFFSET_UNIT_NAMES, OFFSET_UNIT_USE } from './export-formats'

// A brat export of a large project writes two files per document; the list stays readable.
const MAX_FILES_SHOWN = 50

interface ExportSummaryProps {
  readonly dataset: ExportedDataset
  /** Where it went: "Saved to …", "Downloaded …" or "Export cancelled.". */
  readonly delivery: string
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`

/** What an export wrote: counts, where it went, its files, its offset unit and its warnings. */
export function ExportSummary({ dataset, delivery }: ExportSummaryProps) {
  const shown = dataset.files.slice(0, MAX_FILES_SHOWN)
  const hidden = dataset.files.length - shown.length
  return (
    <div className="export-summary">
      <p role="status" className="export-result">
        {delivery}
      </p>
      <ul className="summary-counts" aria-label="Export counts">
        <li>
          <strong className="count-number">{dataset.documents.toLocaleString('en')}</strong>
          {dataset.documents === 1 ? 'document' : 'documents'}
        </li>
        <li>
          <strong className="count-number">{dataset.spans.toLocaleString('en')}</strong>
          {dataset.spans === 1 ? 'span' : 'spans'}
        </li>
        <li>
          <strong className="count-number">{dataset.files.length.toLocaleString('en')}</strong>
          {dataset.files.length === 1 ? 'file' : 'files'}
        </li>
      </ul>

      {dataset.warnings.length > 0 && (
        <section>
          <h3>Warnings</h3>
          <ul className="warning-list" aria-label="Warnings">
            {dataset.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>Offsets</h3>
        <p className="summary-line" data-testid="export-offsets">
          {dataset.offsetUnit === null
            ? 'None: CoNLL lists one token per line.'
            : `${OFFSET_UNIT_NAMES[dataset.offsetUnit]}. ${OFFSET_UNIT_USE[dataset.offsetUnit]}`}
        </p>
      </section>

      <section>
        <h3>Files written</h3>
        <ul className="outcome-list" aria-label="Files written">
          {shown.map((file) => (
            <li key={file.path}>
              <span className="outcome-file">{file.path}</span>
            </li>
          ))}
          {hidden > 0 && <li className="outcome-reason">and {plural(hidden, 'more file')}</li>}
        </ul>
      </section>
    </div>
  )
}
