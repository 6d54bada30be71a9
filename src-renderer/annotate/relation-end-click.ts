import type { Span } from '@core/spans/span'

import type { RelationDraft } from '../state/relation-draft'
import type { RelationCommands } from '../state/commands/relations'
import { spanForClick } from './hit-test'

/**
 * A click while a relation is drawn: the span under it (the innermost other than the first
 * end, where spans nest) becomes the other end; a click off every span changes nothing.
 */
export function pickRelationEnd(
  spans: readonly Span[],
  offset: number | null,
  draft: RelationDraft,
  relations: RelationCommands,
): void {
  if (offset === null) return
  const hit = spanForClick(spans, offset, null, false)
  const other = hit?.id === draft.from ? spanForClick(spans, offset, draft.from, true) : hit
  if (other && other.id !== draft.from) relations.chooseTarget(other.id)
}
