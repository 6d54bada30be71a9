import type { DocLabelAgreement } from '../doc-labels/doc-label-agreement'

/**
 * What `computeAgreement` reports (and `gloss agree --json` prints). Every figure is a number
 * or `null`; a `null` figure has a sibling `<figure>Reason` saying why it is undefined.
 */
export interface AgreementReport extends AlphaFigure, SpanF1Figures {
  /** The annotators compared, in the order pairs are formed. */
  readonly annotators: readonly string[]
  /** The label names figures are given for: the project's labels, then ids it lacks. */
  readonly labels: readonly string[]
  /** Documents that at least two of the annotators have an annotations file for. */
  readonly documents: number
  /** Documents only one of them has: nothing to compare, so in no figure. */
  readonly documentsWithOneAnnotator: number
  /** Tokens in `documents`: the units of Krippendorff's alpha. */
  readonly tokens: number
  readonly pairwise: readonly PairAgreement[]
  /** By label name: the same figures for "inside a span of this label or not". */
  readonly perLabel: Readonly<Record<string, LabelAgreement>>
  readonly confusion: LabelConfusion
  /** Per document label category (projects that define some): core/doc-labels. */
  readonly docLabels?: readonly DocLabelAgreement[]
}

/** Krippendorff's alpha over all the annotators. */
export interface AlphaFigure {
  readonly krippendorffAlpha: number | null
  readonly krippendorffAlphaReason?: string
}

/** Span F1, strict and relaxed; over several pairs, the mean of the pairs where it is defined. */
export interface SpanF1Figures {
  readonly spanF1Strict: number | null
  readonly spanF1StrictReason?: string
  readonly spanF1Relaxed: number | null
  readonly spanF1RelaxedReason?: string
}

/** Two annotators compared over the documents both have. */
export interface PairAgreement extends SpanF1Figures {
  readonly a: string
  readonly b: string
  /** Documents both have an annotations file for. */
  readonly documents: number
  /** Tokens in those documents. */
  readonly tokens: number
  readonly cohenKappa: number | null
  readonly cohenKappaReason?: string
}

/** A label's figures: alpha and kappa are binary (inside a span of the label or not). */
export interface LabelAgreement extends AlphaFigure, SpanF1Figures {
  /** Binary kappa and the span F1 of this label's spans only, per pair. */
  readonly pairwise: readonly PairAgreement[]
}

/**
 * Overlapping spans of two different annotators on the same document, counted by label.
 * Rows and columns follow `AgreementReport.labels`. A pair with the same label x counts in
 * [x][x]. A pair with different labels x and y counts as a label conflict unless, over the
 * stretch where the two overlap, the other annotator also has a span labelled x, or the
 * first one labelled y, covering it (a Statistic nested in a Claim both tagged is no
 * confusion of Claim and Statistic).
 */
export interface LabelConfusion {
  /**
   * Pooled over every pair of annotators and symmetric: cell [x][y] (and [y][x]) counts the
   * label conflicts where one span is labelled x and the other y. The diagonal [x][x]
   * counts overlapping pairs that agree on the label x (same or different boundaries).
   */
  readonly counts: readonly (readonly number[])[]
  /** Per pair of annotators: cell [x][y] counts overlaps of an `a` span x with a `b` span y. */
  readonly pairwise: readonly {
    readonly a: string
    readonly b: string
    readonly counts: readonly (readonly number[])[]
  }[]
}

/** One document's figures, for a per-document table. */
export interface DocumentAgreement extends AlphaFigure, SpanF1Figures {
  readonly docId: string
  /** The annotators (of those chosen) who have an annotations file for it. */
  readonly annotators: readonly string[]
  readonly tokens: number
  /** Their spans on it, all together. */
  readonly spans: number
}
