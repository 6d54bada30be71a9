import { relationProblem } from '../../core/relations/check-relations'
import type { RelationType } from '../../core/relations/relation'
import { GlossFailure } from '../../core/failure'
import type { AnnotationFile, SpanChangeSet } from '../../core/spans/span'

/**
 * Refuses an edit whose relations would not hold in the file it produces (`next`): an unknown
 * type, an end that is not one of its spans, or a relation left on a deleted span. Costs
 * nothing for an edit that neither makes relations nor deletes spans.
 */
export function checkRelationsFit(
  next: AnnotationFile,
  changes: SpanChangeSet,
  types: readonly RelationType[],
): void {
  const created = changes.relations?.created ?? []
  if (created.length === 0 && changes.deleted.length === 0) return
  const deleted = new Set(changes.deleted.map((span) => span.id))
  const spanIds = created.length === 0 ? new Set<string>() : new Set(next.spans.map((s) => s.id))
  const problem = relationProblem(
    next.relations ?? [],
    created,
    deleted,
    (id) => spanIds.has(id),
    types,
  )
  if (problem === null) return
  const path = `annotations/${next.annotator}/${next.docId}.json`
  throw new GlossFailure({
    code: 'invalid-input',
    message: `The edit cannot be saved to ${path}: ${problem}.`,
    file: path,
    hint:
      created.length > 0
        ? 'Pick a relation type from the project settings and link two spans of this document.'
        : 'Delete the span together with its relations (Gloss does this when you delete it).',
  })
}
