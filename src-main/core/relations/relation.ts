/**
 * A directed link between two spans of one annotator's layer: `from` and `to` are span ids
 * in the same annotations file, `type` is a relation type's id (see `RelationType`).
 * Relations are never edited in place: changing one is deleting it and making another.
 */
export interface Relation {
  readonly id: string
  readonly type: string
  readonly from: string
  readonly to: string
  readonly createdAt: string
}

/** A kind of link an analyst can draw, defined per project in `gloss.json`. */
export interface RelationType {
  /** Stable key stored in relations; never changes once created. */
  readonly id: string
  /** What the analyst sees and what exports write. */
  readonly name: string
  readonly description?: string
}

/** The relations an edit makes and removes; carried inside a span change set (one undo step). */
export interface RelationChanges {
  readonly created: readonly Relation[]
  readonly deleted: readonly Relation[]
}
