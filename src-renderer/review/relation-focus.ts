/** Marks each relation row's Accept button in review, so the `R` key can find them. */
export const RELATION_ACCEPT = 'data-relation-accept'

interface Focusable {
  focus(options?: { preventScroll?: boolean }): void
  scrollIntoView?(options?: { block?: 'nearest' }): void
}

interface RowRoot {
  querySelectorAll(selector: string): ArrayLike<Focusable>
  readonly activeElement?: unknown
}

/**
 * `R` / `Shift+R` in review: the focus to the next / previous relation row's Accept button
 * (Enter or Space then accepts it, as on any button), from the first / last when the focus is
 * elsewhere and round past the ends. `false` when the document has no relations.
 */
export function focusRelationRow(
  direction: 1 | -1,
  root: RowRoot | undefined = globalThis.document as RowRoot | undefined,
): boolean {
  const rows = Array.from(root?.querySelectorAll(`[${RELATION_ACCEPT}]`) ?? [])
  if (rows.length === 0) return false
  const at = rows.findIndex((row) => row === root?.activeElement)
  const next =
    at < 0 ? (direction === 1 ? 0 : rows.length - 1) : (at + direction + rows.length) % rows.length
  const row = rows[next] as Focusable
  row.focus({ preventScroll: true })
  row.scrollIntoView?.({ block: 'nearest' })
  return true
}
