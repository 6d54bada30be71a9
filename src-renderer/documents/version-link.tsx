import { useAppState, useCommands } from '../state/use-store'

/**
 * Under the open document's header: the link to its other version, when an article was
 * re-imported with a changed text: a new version opens the old one (still readable, with the
 * spans that could not be carried), an old one opens what replaced it.
 */
export function VersionLink({ docId }: { readonly docId: string }) {
  const { documents } = useCommands()
  const item = useAppState((state) => state.documents.find((listed) => listed.id === docId))
  const other = item?.replacedBy ?? item?.replaces
  if (item === undefined || other === undefined) return null
  const newer = item.replacedBy !== undefined
  return (
    <div className="version-link" role="note" data-testid="version-link">
      <span className="version-link-text">
        {newer
          ? `A newer version of this article replaced it (“${other.title}”); spans that could not be carried over are still here.`
          : `A new version of “${other.title}”: its spans were carried over from the old version.`}
      </span>
      <button type="button" onClick={() => void documents.openDocument(other.id)}>
        {newer ? 'Open the new version' : 'Open the old version'}
      </button>
    </div>
  )
}
