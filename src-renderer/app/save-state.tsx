import { useAppState, useCommands } from '../state/use-store'

/** No save button: every edit is saved at once, and this says whether it worked. */
export function SaveStateView() {
  const save = useAppState((state) => state.save)
  const retrying = useAppState((state) => state.saveRetrying)
  const { annotate } = useCommands()
  return (
    <div data-testid="save-state" className={`save-state save-${save.kind}`} aria-live="polite">
      {save.kind === 'saving' && 'Saving…'}
      {save.kind === 'saved' && 'Saved'}
      {save.kind === 'idle' && 'All changes saved'}
      {save.kind === 'failed' && (
        <>
          <span>Not saved: {save.message}</span>
          {/* The edits stay on screen either way; saying so keeps the analyst from redoing them. */}
          <span>
            {retrying
              ? ' Your edits are kept here; Gloss tries again by itself.'
              : ' Your edits are kept here.'}
          </span>
          <button type="button" className="link-button" onClick={annotate.retrySave}>
            {retrying ? 'Retry now' : 'Retry'}
          </button>
        </>
      )}
    </div>
  )
}
