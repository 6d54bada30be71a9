import type { DocumentListItem } from '@contract/endpoints'

/**
 * In the document list: that a document is a re-published version of another, or was
 * replaced by one (each row opens its own document; the open document links to the other). It
 * takes the place of the row's date, whose tooltip it carries.
 */
export function VersionBadge({ item }: { readonly item: DocumentListItem }) {
  if (item.replacedBy !== undefined) {
    return (
      <span
        className="version-badge"
        title={`Replaced by a newer version (“${item.replacedBy.title}”); added ${item.added}`}
      >
        replaced
      </span>
    )
  }
  if (item.replaces === undefined) return null
  return (
    <span
      className="version-badge new"
      title={`New version of “${item.replaces.title}”; added ${item.added}`}
    >
      new version
    </span>
  )
}
