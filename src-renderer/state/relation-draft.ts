/**
 * A relation being drawn from the selected span: first its other end is chosen (a click, or
 * arrows and Enter: `target` is the span the arrows are on), then its type.
 */
export interface RelationDraft {
  readonly from: string
  readonly target: string | null
  readonly stage: 'target' | 'type'
}
