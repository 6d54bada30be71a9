import { relationTypesOf } from '@core/relations/relation-types'
import { indexOfSpan } from '@core/spans/span-layout'

import type { OpenDoc } from '../state/app-state'
import { useAppState, useCommands } from '../state/use-store'
import { shortQuote } from './relation-wording'

/**
 * Above the text while a relation is drawn: what to do next (choose the other end, then its
 * type), the type buttons with their keys, and Cancel.
 */
export function RelationBar({ doc }: { readonly doc: OpenDoc }) {
  const draft = useAppState((state) => state.linking)
  const project = useAppState((state) => state.session?.project)
  const { relations } = useCommands()
  if (!draft || !project) return null
  const quote = (id: string | null): string => {
    const span = id === null ? undefined : doc.spans[indexOfSpan(doc.layout, id)]
    return span ? shortQuote(span.text) : '…'
  }
  const types = relationTypesOf(project)
  return (
    <div className="relation-bar" role="group" aria-label="New relation" data-testid="relation-bar">
      {draft.stage === 'target' ? (
        <span>
          Relation from <strong>{quote(draft.from)}</strong>: click the other span, or move with{' '}
          <kbd>←</kbd>/<kbd>→</kbd> (now <strong>{quote(draft.target)}</strong>) and press{' '}
          <kbd>Enter</kbd>.
        </span>
      ) : (
        <>
          <span>
            <strong>{quote(draft.from)}</strong> → <strong>{quote(draft.target)}</strong> is:
          </span>
          {types.length === 0 && (
            <span>no relation types yet: add some in Settings → Relation types.</span>
          )}
          {types.map((type, i) => (
            <button
              key={type.id}
              type="button"
              title={type.description}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              onClick={() => relations.pickType(type.id)}
            >
              {i < 9 && <kbd>{i + 1}</kbd>} {type.name}
            </button>
          ))}
        </>
      )}
      <button type="button" onClick={() => relations.cancel()} aria-keyshortcuts="Escape">
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  )
}
