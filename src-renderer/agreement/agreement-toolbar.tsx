import { useAppState, useCommands } from '../state/use-store'
import { agreementStatus } from './agreement-status'

/** What to measure: the whole project or the open document, and whose annotations. */
export function AgreementToolbar() {
  const scope = useAppState((state) => state.agreement.scope)
  const chosen = useAppState((state) => state.agreement.annotators)
  const available = useAppState((state) => state.agreement.overview?.available)
  const loading = useAppState((state) => state.agreement.loading)
  const status = useAppState((state) => agreementStatus(state.agreement))
  const docTitle = useAppState((state) => state.doc?.entry.title ?? null)
  const { agreement } = useCommands()
  return (
    <div className="agreement-toolbar">
      <h2>Agreement</h2>
      <div role="radiogroup" aria-label="Measure" className="filter-group">
        <button
          type="button"
          role="radio"
          aria-checked={scope === 'project'}
          onClick={() => agreement.setScope('project')}
        >
          Whole project
        </button>
        <button
          type="button"
          role="radio"
          aria-checked={scope === 'document'}
          title={docTitle ?? 'Open a document in the list first'}
          onClick={() => agreement.setScope('document')}
        >
          This document
        </button>
      </div>
      <fieldset className="annotator-choice">
        <legend>Annotators</legend>
        {(available ?? []).map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              checked={chosen === null || chosen.includes(name)}
              onChange={(event) => agreement.setAnnotator(name, event.target.checked)}
            />
            {name}
          </label>
        ))}
        {available?.length === 0 && <span className="empty-note">Nobody has annotated yet.</span>}
      </fieldset>
      <span className="spacer" />
      <span className="agreement-status" role="status">
        {status}
      </span>
      {loading ? (
        <button type="button" onClick={() => void agreement.cancel()}>
          Cancel
        </button>
      ) : (
        <button type="button" onClick={() => void agreement.refresh()}>
          Recompute
        </button>
      )}
    </div>
  )
}
