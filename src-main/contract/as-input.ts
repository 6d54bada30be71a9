import type { GoldEdit } from '../core/review/gold-edit'
import type { SpanChangeSet } from '../core/spans/span'
import type { Input } from './endpoints'

// The contract's input types are zod's mutable arrays; the core builds readonly ones.

/** A span change set as `applySpanChanges` takes it. */
export const changeSetInput = (changes: SpanChangeSet): Input<'applySpanChanges'>['changes'] => ({
  created: [...changes.created],
  updated: [...changes.updated],
  deleted: [...changes.deleted],
  ...(changes.docLabels && { docLabels: [...changes.docLabels] }),
  ...(changes.relations !== undefined && {
    relations: {
      created: [...changes.relations.created],
      deleted: [...changes.relations.deleted],
    },
  }),
})

/** A gold edit as `applyGoldEdit` takes it. */
export const goldEditInput = (edit: GoldEdit): Input<'applyGoldEdit'>['edit'] => ({
  spans: changeSetInput(edit.spans),
  decisions: [...edit.decisions],
})
