import { relationTypesOf } from '@core/relations/relation-types'
import { indexOfSpan } from '@core/spans/span-layout'

import type { OpenDoc } from '../state/app-state'
import { useAppState } from '../state/use-store'
import { RelationArcs } from './relation-arcs'

/** The open document's relations drawn for its selected span (see `RelationArcs`). */
export function TextRelations({ doc }: { readonly doc: OpenDoc }) {
  const project = useAppState((state) => state.session?.project)
  const selectedSpanId = useAppState((state) => state.selectedSpanId)
  const draft = useAppState((state) => state.linking)
  const spanById = (id: string) => doc.spans[indexOfSpan(doc.layout, id)]
  const selected = selectedSpanId === null ? null : (spanById(selectedSpanId) ?? null)
  return (
    <RelationArcs
      selected={selected}
      relations={doc.relations}
      spanById={spanById}
      types={project ? relationTypesOf(project) : []}
      draft={draft}
    />
  )
}
