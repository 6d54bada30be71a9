import type { PairAgreement } from './agreement-report'
import { categoriesOfKey, type AgreementTally, type PairTally } from './agreement-tally'
import { cohenKappa } from './cohen-kappa'
import { krippendorffAlphaNominal } from './krippendorff-alpha'
import type { Lens } from './lens'
import { flatMeasure, measured, meanMeasure, undefinedBecause, type Measure } from './measure'
import type { SpanCounts } from './span-matching'

export const FEWER_THAN_TWO = 'fewer than two annotators are compared'

/** Krippendorff's alpha over every token of the documents two or more annotators have. */
export function alphaOf<V>(tally: AgreementTally, annotators: number, lens: Lens<V>): Measure {
  if (annotators < 2) return undefinedBecause(FEWER_THAN_TWO)
  if (tally.documents === 0) {
    return undefinedBecause('no document has annotations files from two or more of the annotators')
  }
  const units = [...tally.units.values()].map((unit) => ({
    values: unit.values.map((category) => lens.value(category)),
    count: unit.count,
  }))
  return krippendorffAlphaNominal(units, lens.describe)
}

/** One pair's kappa and span F1, over the documents both have. */
export interface PairFigures {
  readonly a: string
  readonly b: string
  readonly pair: PairTally
  readonly kappa: Measure
  readonly strict: Measure
  readonly relaxed: Measure
}

/** Every pair's figures through `lens`, in pair order. */
export function pairsFigures<V>(
  tally: AgreementTally,
  annotators: readonly string[],
  pairs: readonly (readonly [number, number])[],
  lens: Lens<V>,
): PairFigures[] {
  return pairs.map(([i, j], p) =>
    pairFigures(annotators[i] ?? '', annotators[j] ?? '', tally.pairs[p] as PairTally, lens),
  )
}

function pairFigures<V>(a: string, b: string, pair: PairTally, lens: Lens<V>): PairFigures {
  if (pair.documents === 0) {
    const none = undefinedBecause(`${a} and ${b} have no document in common`)
    return { a, b, pair, kappa: none, strict: none, relaxed: none }
  }
  const cells = [...pair.joint].map(([key, count]) => {
    const [ca, cb] = categoriesOfKey(key)
    return { a: lens.value(ca), b: lens.value(cb), count }
  })
  const spans = lens.spans(pair.spans)
  return {
    a,
    b,
    pair,
    kappa: cohenKappa(cells, lens.describe),
    strict: strictF1(spans, lens.span),
    relaxed: relaxedF1(spans, lens.span),
  }
}

/** A pair's figures as the report writes them. */
export function pairRow(figures: PairFigures): PairAgreement {
  return {
    a: figures.a,
    b: figures.b,
    documents: figures.pair.documents,
    tokens: figures.pair.tokens,
    ...flatMeasure('cohenKappa', figures.kappa),
    ...flatMeasure('spanF1Strict', figures.strict),
    ...flatMeasure('spanF1Relaxed', figures.relaxed),
  }
}

/** F1 = 2·matches / (|A| + |B|): a match has the same document, start, end and label. */
export function strictF1(counts: SpanCounts, span: string): Measure {
  if (counts.a + counts.b === 0) return noSpans(span)
  return measured((2 * counts.strict) / (counts.a + counts.b))
}

/**
 * Precision: the share of A's spans that overlap one of B's with the same label; recall: the
 * share of B's that overlap one of A's; F1 = 2PR / (P + R). When only one annotator has
 * spans nothing can overlap them: F1 is 0.
 */
export function relaxedF1(counts: SpanCounts, span: string): Measure {
  if (counts.a + counts.b === 0) return noSpans(span)
  if (counts.a === 0 || counts.b === 0) return measured(0)
  const precision = counts.overlapA / counts.a
  const recall = counts.overlapB / counts.b
  if (precision + recall === 0) return measured(0)
  return measured((2 * precision * recall) / (precision + recall))
}

const noSpans = (span: string): Measure =>
  undefinedBecause(`neither annotator has ${span} in the documents they share`)

/** The means over the pairs of their strict and relaxed span F1. */
export function meanSpanF1(figures: readonly PairFigures[]): {
  readonly strict: Measure
  readonly relaxed: Measure
} {
  return {
    strict: meanMeasure(
      figures.map((figure) => figure.strict),
      FEWER_THAN_TWO,
    ),
    relaxed: meanMeasure(
      figures.map((figure) => figure.relaxed),
      FEWER_THAN_TWO,
    ),
  }
}
