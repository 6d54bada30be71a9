import { GlossFailure } from '../../core/failure'
import { editedAttributeProblem } from '../../core/labels/attribute-problems'
import { findLabel } from '../../core/labels/label-set'
import type { Label } from '../../core/labels/label'
import type { SpanChangeSet } from '../../core/spans/span'

/**
 * Refuses a span edit that sets an attribute the span's label does not define, or a value
 * its definition does not allow (see `editedAttributeProblem`): the message names the span,
 * the attribute and the values allowed. Labels are checked by `checkSpansFit`.
 */
export function checkEditedAttributes(labels: readonly Label[], changes: SpanChangeSet): void {
  const edited = [
    ...changes.created.map((span) => ({ span, old: undefined })),
    ...changes.updated.map((update) => ({ span: update.new, old: update.old.attributes ?? {} })),
  ]
  for (const { span, old } of edited) {
    const label = findLabel(labels, span.label)
    if (label === undefined) continue
    const problem = editedAttributeProblem(label, span.attributes, old)
    if (problem === null) continue
    throw new GlossFailure({
      code: 'invalid-input',
      message: `Span ${span.id} cannot be saved: ${problem}.`,
      hint: 'Choose one of the listed values, or define the attribute for the label in Settings.',
    })
  }
}
