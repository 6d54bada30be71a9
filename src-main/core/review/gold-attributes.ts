import { withAttribute } from '../spans/span-attributes'
import type { AttributeValue, Span } from '../spans/span'
import { editedReview } from './adjudicate'
import type { GoldEdit } from './gold-edit'
import type { ReviewContext } from './gold-edit-builder'

/**
 * Sets (or, for `undefined`, clears) one attribute of a gold span, as the annotate view's
 * inspector does for an annotator's span (see `withAttribute`); the span reads as edited by
 * the reviewer. An edit that changes nothing is empty, so nothing is saved or put on undo.
 */
export function setGoldAttribute(
  span: Span,
  name: string,
  value: AttributeValue | undefined,
  ctx: ReviewContext,
): GoldEdit {
  const changed = withAttribute(span, name, value, ctx.now)
  if (changed === null) {
    return { spans: { created: [], updated: [], deleted: [] }, decisions: [] }
  }
  const next: Span = { ...changed, review: editedReview(span, ctx) }
  return { spans: { created: [], updated: [{ old: span, new: next }], deleted: [] }, decisions: [] }
}
