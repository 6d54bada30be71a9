import type { Candidate } from './review-layer'

/**
 * What a group of overlapping spans is (issue #6):
 * - `agreed`: every annotator under review has exactly this start, end and label;
 * - `label`: everyone tagged something here, and the versions differ in label (their
 *   boundaries may differ too: see `boundariesDiffer`);
 * - `boundary`: everyone tagged something here with the same label, but not the same range;
 * - `missing`: only some annotators tagged anything here;
 * - `attribute`: everyone tagged exactly this start, end and label, but the spans' attribute
 *   values differ (a disagreement of its own, so "accept all agreed" never picks one
 *   annotator's values silently).
 */
export type GroupKind = 'agreed' | 'label' | 'boundary' | 'missing' | 'attribute'

export const GROUP_KINDS: readonly GroupKind[] = [
  'agreed',
  'attribute',
  'label',
  'boundary',
  'missing',
]

/** A place in the text where the annotators' versions are compared and a reviewer decides. */
export interface ReviewGroup {
  /** Stable while the layers do not change. */
  readonly id: string
  readonly kind: GroupKind
  /** The extent of all its candidates (UTF-16 offsets, end exclusive). */
  readonly start: number
  readonly end: number
  /** The versions to choose from, in text order. */
  readonly candidates: readonly Candidate[]
  /** Annotators who tagged something in the group, in layer order. */
  readonly present: readonly string[]
  /** Annotators under review who tagged nothing here, in layer order. */
  readonly absent: readonly string[]
  /** For a label conflict: whether the versions' ranges differ as well. */
  readonly boundariesDiffer: boolean
}
