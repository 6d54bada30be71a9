import { useAppState, useCommands } from '../state/use-store'

/**
 * Says that the open document's file changed on disk while the analyst had edits not yet
 * saved. The edits stay on screen. Their save is refused rather than made on top of the
 * other version; the analyst keeps one version and the other becomes a backup.
 */
export function DiskNotice({ docId }: { readonly docId: string }) {
  const changed = useAppState((state) => state.changedOnDisk === docId)
  const save = useAppState((state) => state.save)
  const { disk, annotate, diskConflict } = useCommands()
  if (!changed) return null
  const refused = save.kind === 'failed' && save.code === 'changed-on-disk'
  return (
    <div className="disk-notice" role="status" aria-label="Changed on disk">
      <div className="disk-notice-text">
        <strong>This document changed on disk</strong> (a sync or another program wrote your
        annotations file for it).{' '}
        {refused
          ? 'Your edits are kept here and were not saved over that version. Keep yours (the one on disk is kept as a backup), or take the one on disk (yours is kept as a backup: Restore… lists it).'
          : save.kind === 'failed'
            ? 'Your unsaved edits are kept here: save them, then reload.'
            : 'Your edits are kept here. Reload to see the version on disk once they are saved.'}
      </div>
      {/* Reloading before the edits are saved would throw them away, so it is not offered. */}
      {refused ? (
        <>
          <button type="button" onClick={() => void diskConflict.keepMine()}>
            Keep mine (save over theirs)
          </button>
          <button type="button" onClick={() => void diskConflict.takeTheirs()}>
            Take theirs (mine kept as a backup)
          </button>
        </>
      ) : save.kind === 'failed' ? (
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
