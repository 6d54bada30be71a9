import type { ExportChoices, SourceChoice } from './export-choices'

/** What the form needs to word its document choices. */
export interface DocumentsContext {
  readonly total: number
  readonly openTitle: string | null
  /** The status filter's name when the list is filtered (e.g. "done"), else null. */
  readonly filterName: string | null
  readonly listed: number
}

interface ScopeFieldsProps {
  readonly choices: ExportChoices
  readonly set: (change: Partial<ExportChoices>) => void
  readonly me: string
  readonly annotators: readonly string[]
  readonly documents: DocumentsContext
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

const radio = (name: string, checked: boolean, onCheck: () => void, enabled = true) => (
  <input type="radio" name={name} checked={checked} disabled={!enabled} onChange={onCheck} />
)

/** Whose spans, from which documents, in which status. */
export function ScopeFields({ choices, set, me, annotators, documents }: ScopeFieldsProps) {
  return (
    <>
      <div className="export-grid">
        <label className="field">
          <span>Whose annotations</span>
          <select
            value={choices.source}
            onChange={(event) => set({ source: event.target.value as SourceChoice })}
          >
            <option value="me">My annotations ({me})</option>
            <option value="all">Everyone’s annotations</option>
            <option value="gold">Gold (adjudicated)</option>
            {annotators.length > 0 && (
              <optgroup label="One annotator">
                {annotators.map((name) => (
                  <option key={name} value={`annotator:${name}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>

        <fieldset className="field">
          <legend>Status</legend>
          <label className="check">
            {radio('export-status', choices.status === 'any', () => set({ status: 'any' }))}
            Any status
          </label>
          <label className="check">
            {radio('export-status', choices.status === 'done', () => set({ status: 'done' }))}
            Only documents marked done
          </label>
        </fieldset>
      </div>

      <fieldset className="field">
        <legend>Documents</legend>
        <label className="check">
          {radio('export-docs', choices.documents === 'all', () => set({ documents: 'all' }))}
          All documents ({documents.total})
        </label>
        <label className="check">
          {radio(
            'export-docs',
            choices.documents === 'open',
            () => set({ documents: 'open' }),
            documents.openTitle !== null,
          )}
          <span className="check-line">
            Only the open document
            {documents.openTitle !== null && (
              <span className="check-detail">: {documents.openTitle}</span>
            )}
          </span>
        </label>
        {documents.filterName !== null && (
          <label className="check">
            {radio('export-docs', choices.documents === 'listed', () =>
              set({ documents: 'listed' }),
            )}
            The {plural(documents.listed, 'document')} the list shows ({documents.filterName})
          </label>
        )}
      </fieldset>
    </>
  )
}
