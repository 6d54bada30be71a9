import { useAppState, useCommands } from '../state/use-store'

/**
 * In the open document's header: the link to its other version, when an article was
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
    <span className="version-link" data-testid="version-link">
      {newer ? 'Replaced by a newer version.' : 'New version of an earlier text.'}{' '}
      <button
        type="button"
        className="link"
        onClick={() => void documents.openDocument(other.id)}
        title={other.title}
      >
        {newer ? 'Open the new version' : 'Open the old version'}
      </button>
    </span>
  )
}
