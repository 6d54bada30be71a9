import { indexOfSpan } from '@core/spans/span-layout'

import type { CommandContext } from '../context'
import { steppedSpan } from '../span-step'
import type { AnnotateCommands } from './annotate'

/** Moving between the open document's spans with the keyboard. */
export function createSpanStepCommands(ctx: CommandContext, annotate: AnnotateCommands) {
  return {
    /** N (1) / P (-1): selects the next or previous span and brings it into view. */
    step: (by: 1 | -1): boolean => {
      const { doc, selectedSpanId } = ctx.store.get()
      if (!doc) return false
      const at = selectedSpanId === null ? -1 : indexOfSpan(doc.layout, selectedSpanId)
      const span = steppedSpan(doc.spans, at, by)
      if (span) annotate.selectSpan(span.id, true)
      return true
    },
  }
}

export type SpanStepCommands = ReturnType<typeof createSpanStepCommands>
