/**
 * What became of one of the colleague's layers (their `annotations/<name>/`, and any other
 * folder a person keeps under their own name) in a merge, or what would in a dry run.
 */
export interface MergeLayer {
  /** The layer's name in their project. */
  readonly name: string
  /** The name it is merged under here: `name`, unless it was renamed. */
  readonly as: string
  /**
   * `new`: this project has no layer of that name. `adding`: it has, and they bring files it
   * lacks. `already-here`: every file of theirs is here already, identical. `clash`: a file
   * exists on both sides with different content, so nothing of the layer is merged.
   */
  readonly state: 'new' | 'adding' | 'already-here' | 'clash'
  /** Files written (in a dry run: that would be). None for a clash. */
  readonly filesAdded: number
  /** Their files that are here already with the same content. */
  readonly filesAlreadyHere: number
  /** Their files that are here with different content; a clash when not 0. */
  readonly filesDiffering: number
  /** Documents the added files are about. */
  readonly documents: number
  /** Spans in the added files. */
  readonly spans: number
  /** For a clash: a name no layer has, to merge it under (e.g. `bob-2`). */
  readonly suggestedName?: string
}

/** Something of theirs that was not merged, and why. */
export interface MergeRefusal {
  /** Where it is in their project, e.g. `annotations/_gold` or `documents/<docId>.txt`. */
  readonly item: string
  /** Why, in words for the analyst. */
  readonly reason: string
}

/** A document copied in from their project. */
export interface MergedDocument {
  readonly id: string
  readonly title: string
}

/** A label their merged spans use that this project's label set lacks. */
export interface UnknownLabel {
  readonly id: string
  /** Its name in their `gloss.json`, or the id when they do not define it either. */
  readonly name: string
  readonly spans: number
}

/**
 * The outcome of merging a colleague's project folder, or with `applied: false` the plan a
 * dry run makes: the same figures, nothing written.
 */
export interface MergeSummary {
  /** Their project folder, as a full path. */
  readonly from: string
  /** Their project's name (from their `gloss.json`). */
  readonly fromName: string
  /** `false` for a dry run. */
  readonly applied: boolean
  /** Their layers, sorted by name. */
  readonly layers: readonly MergeLayer[]
  /** Documents this project lacked, copied in (dry run: to be), in their index's order. */
  readonly documentsAdded: readonly MergedDocument[]
  readonly refused: readonly MergeRefusal[]
  readonly unknownLabels: readonly UnknownLabel[]
}
