import type { AgreementInput } from './agreement-input'
import type { AgreementReport, DocumentAgreement, LabelAgreement } from './agreement-report'
import { addTally, annotatorPairs, emptyTally, type AgreementTally } from './agreement-tally'
import { createCategoryIndex } from './category-index'
import { labelConfusion } from './confusion-matrix'
import { alphaOf, meanSpanF1, pairRow, pairsFigures } from './figures'
import { createLabelIndex } from './label-index'
import { labelLens, overallLens } from './lens'
import { flatMeasure, undefinedBecause } from './measure'
import { tallyDocument, type TallyContext } from './tally-document'

/**
 * Inter-annotator agreement of the chosen annotators over the given documents: Krippendorff's
 * alpha, pairwise Cohen's kappa and span F1 (strict and relaxed), the same per label, and a
 * label confusion matrix. Tokens, categories and every figure are defined in the README
 * ("Agreement"). A document counts for an annotator when it has a layer in `layers`.
 */
export function computeAgreement(input: AgreementInput): AgreementReport {
  return analyse(input, false).report
}

/** `computeAgreement`, plus each document's own figures, in input order. */
export function computeAgreementByDocument(input: AgreementInput): {
  readonly report: AgreementReport
  readonly documents: readonly DocumentAgreement[]
} {
  return analyse(input, true)
}

function analyse(input: AgreementInput, perDocument: boolean) {
  const labels = createLabelIndex(input.labels)
  const context: TallyContext = {
    annotators: input.annotators,
    pairs: annotatorPairs(input.annotators.length),
    labels,
    categories: createCategoryIndex(labels),
  }
  const total = emptyTally(context.pairs.length)
  const documents: DocumentAgreement[] = []
  for (const doc of input.documents) {
    const part = tallyDocument(doc, context)
    addTally(total, part.tally)
    if (!perDocument) continue
    const present = part.present.map((index) => input.annotators[index] ?? '')
    const figures =
      present.length < 2 && input.annotators.length >= 2
        ? alone(present)
        : overallFigures(part.tally, context)
    documents.push({
      docId: doc.docId,
      annotators: present,
      tokens: part.tokens,
      spans: part.spans,
      ...flatMeasure('krippendorffAlpha', figures.alpha),
      ...flatMeasure('spanF1Strict', figures.spanF1.strict),
      ...flatMeasure('spanF1Relaxed', figures.spanF1.relaxed),
    })
  }
  return { report: reportOf(total, context), documents }
}

/** A document with fewer than two of the annotators has no figures; this says why. */
function alone(present: readonly string[]) {
  const why = undefinedBecause(
    present.length === 0
      ? 'none of the annotators has an annotations file for this document'
      : `only ${present[0] ?? ''} has an annotations file for this document`,
  )
  return { alpha: why, spanF1: { strict: why, relaxed: why } }
}

function overallFigures(tally: AgreementTally, context: TallyContext) {
  const lens = overallLens(context.categories)
  const pairs = pairsFigures(tally, context.annotators, context.pairs, lens)
  return {
    alpha: alphaOf(tally, context.annotators.length, lens),
    pairs,
    spanF1: meanSpanF1(pairs),
  }
}

function reportOf(tally: AgreementTally, context: TallyContext): AgreementReport {
  const overall = overallFigures(tally, context)
  // Only now are all labels known: spans may carry ids the label set lacks.
  const order = context.labels.reportOrder()
  const perLabel: Record<string, LabelAgreement> = {}
  for (const label of order) {
    const lens = labelLens(label, context.labels, context.categories)
    const pairs = pairsFigures(tally, context.annotators, context.pairs, lens)
    const spanF1 = meanSpanF1(pairs)
    perLabel[context.labels.name(label)] = {
      ...flatMeasure('krippendorffAlpha', alphaOf(tally, context.annotators.length, lens)),
      ...flatMeasure('spanF1Strict', spanF1.strict),
      ...flatMeasure('spanF1Relaxed', spanF1.relaxed),
      pairwise: pairs.map(pairRow),
    }
  }
  return {
    annotators: [...context.annotators],
    labels: order.map((label) => context.labels.name(label)),
    documents: tally.documents,
    documentsWithOneAnnotator: tally.documentsWithOneAnnotator,
    tokens: tally.tokens,
    ...flatMeasure('krippendorffAlpha', overall.alpha),
    ...flatMeasure('spanF1Strict', overall.spanF1.strict),
    ...flatMeasure('spanF1Relaxed', overall.spanF1.relaxed),
    pairwise: overall.pairs.map(pairRow),
    perLabel,
    confusion: labelConfusion(tally, context.annotators, context.pairs, order),
  }
}
