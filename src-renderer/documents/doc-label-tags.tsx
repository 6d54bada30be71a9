import type { DocLabels } from '@core/doc-labels/doc-label'

/** A document's labels in its list row: the values, small ("Economy · High"); the categories on hover. */
export function DocLabelTags({ docLabels }: { readonly docLabels: DocLabels | undefined }) {
  const entries = Object.entries(docLabels ?? {})
  if (entries.length === 0) return null
  return (
    <span
      className="doc-label-tags"
      data-testid="doc-label-tags"
      title={entries.map(([category, value]) => `${category}: ${value}`).join('\n')}
    >
      {entries.map(([, value]) => value).join(' · ')}
    </span>
  )
}
