/** A span of the old version that the new version has no place for. */
export interface NotPlacedSpan {
  readonly annotator: string
  /** The label's name as the project shows it (its id when the label is gone). */
  readonly label: string
  readonly text: string
  /** Why, in words for the analyst. */
  readonly reason: string
}

/** An annotator's layer Gloss could not write on the new version (another program holds it). */
export interface UnwrittenLayer {
  readonly annotator: string
  /** How many of their spans stay on the old version only. */
  readonly spans: number
  readonly message: string
}

/**
 * What re-importing a changed article did with the spans of its previous version: how many
 * were placed on the new text exactly or by fuzzy match, and which were not (they stay in the
 * old version's files, which are left as they were).
 */
export interface ReanchorReport {
  /** The previous version, which stays in the project and readable. */
  readonly replaces: { readonly docId: string; readonly title: string }
  readonly exact: number
  readonly fuzzy: number
  readonly notPlaced: readonly NotPlacedSpan[]
  readonly unwritten: readonly UnwrittenLayer[]
}
