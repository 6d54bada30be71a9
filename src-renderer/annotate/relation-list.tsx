import type { Relation } from '@core/relations/relation'
import { relationTypeShown, relationTypesOf } from '@core/relations/relation-types'
import type { Span } from '@core/spans/span'
import { indexOfSpan } from '@core/spans/span-layout'
import type { KeyboardEvent } from 'react'

import type { OpenDoc } from '../state/app-state'
import { useAppState, useCommands } from '../state/use-store'
import { relationLine } from './relation-wording'

const NO_TYPES: readonly never[] = []

/**
 * The selected span's relations in the side panel: each names its type and the other span
 * (a click selects and shows that span; Delete or × removes the relation), and a button to
 * draw a new one (R).
 */
export function RelationList({ doc, span }: { readonly doc: OpenDoc; readonly span: Span }) {
  const project = useAppState((state) => state.session?.project)
  const types = project ? relationTypesOf(project) : NO_TYPES
  const { relations, annotate } = useCommands()
  const own = doc.relations.filter((item) => item.from === span.id || item.to === span.id)
  const otherOf = (relation: Relation): Span | undefined =>
    doc.spans[indexOfSpan(doc.layout, relation.from === span.id ? relation.to : relation.from)]
  const onKey = (event: KeyboardEvent, relation: Relation): void => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return
    // The relation goes, not the span the panel is about.
    event.preventDefault()
    event.stopPropagation()
    relations.remove(relation.id)
  }
  return (
    <section className="panel-section" aria-label="Relations">
      <h3>
        Relations <span className="count">{own.length}</span>
      </h3>
      <ul className="relation-list">
        {own.map((relation) => {
          const other = otherOf(relation)
          const line = relationLine(
            relation.from === span.id,
            relationTypeShown(types, relation.type),
            other?.text ?? '',
          )
          return (
            <li key={relation.id} data-testid="relation-row">
              <button
                type="button"
                className="relation-go"
                title="Select the other span (Delete removes the relation)"
                onClick={() => other && annotate.selectSpan(other.id, true)}
                onKeyDown={(event) => onKey(event, relation)}
              >
                {line}
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Delete relation ${line}`}
                onClick={() => relations.remove(relation.id)}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" onClick={() => relations.start()} aria-keyshortcuts="R">
        Link to another span… <kbd>R</kbd>
      </button>
    </section>
  )
}
