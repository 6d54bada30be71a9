/**
 * A document-level label category (topic, relevance, source reliability): the analyst picks
 * one of its `values` for a whole document. One value per category: multi-choice is not
 * supported (agreement on a category is then a nominal figure over documents).
 */
export interface DocLabelCategory {
  /** Stable key stored in annotation files; never changes once created. */
  readonly id: string
  /** What the analyst sees and what exports write. */
  readonly name: string
  /** The choices, in the order the panel lists them; stored and exported as written. */
  readonly values: readonly string[]
  readonly description: string
}

/** An annotator's document labels on one document: category id → chosen value. */
export type DocLabels = Readonly<Record<string, string>>

/** One category's value changed in an edit; `null` is "no value". */
export interface DocLabelChange {
  readonly category: string
  readonly old: string | null
  readonly new: string | null
}

/** The change that undoes `change`. */
export const invertDocLabelChange = (change: DocLabelChange): DocLabelChange => ({
  category: change.category,
  old: change.new,
  new: change.old,
})
