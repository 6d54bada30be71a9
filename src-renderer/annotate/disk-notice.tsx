import { useAppState, useCommands } from '../state/use-store'

/**
 * Says that the open document's file changed on disk while the analyst had edits not yet
 * saved. The edits stay on screen; Reload shows the file as it is once they are saved.
 */
export function DiskNotice({ docId }: { readonly docId: string }) {
  const changed = useAppState((state) => state.changedOnDisk === docId)
  const saveFailed = useAppState((state) => state.save.kind === 'failed')
  const { disk, annotate } = useCommands()
  if (!changed) return null
  return (
    <div className="disk-notice" role="status" aria-label="Changed on disk">
      <div className="disk-notice-text">
        <strong>This document changed on disk</strong> (a sync or another program wrote your
        annotations file for it).{' '}
        {saveFailed
          ? 'Your unsaved edits are kept here: save them on top of that version, then reload.'
          : 'Your edits are kept and saved on top of that version. Reload to see it.'}
      </div>
      {/* Reloading before the edits are saved would throw them away, so it is not offered. */}
      {saveFailed ? (
        <button type="button" onClick={annotate.retrySave}>
          Retry saving
        </button>
      ) : (
        <button type="button" onClick={() => void disk.reloadDocument()}>
          Reload
        </button>
      )}
    </div>
  )
}
