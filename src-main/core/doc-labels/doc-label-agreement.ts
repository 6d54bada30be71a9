import { cohenKappa, type JointCount } from '../agreement/cohen-kappa'
import { krippendorffAlphaNominal, type UnitCount } from '../agreement/krippendorff-alpha'
import { flatMeasure, meanMeasure, undefinedBecause, type Measure } from '../agreement/measure'
import type { DocLabelCategory, DocLabels } from './doc-label'

/** Two annotators' agreement on one category, over the documents both gave a value. */
export interface DocLabelPair {
  readonly a: string
  readonly b: string
  readonly documents: number
  readonly cohenKappa: number | null
  readonly cohenKappaReason?: string
}

/**
 * One document label category's agreement (nominal, documents as units). A document where an
 * annotator set no value for the category is missing for that annotator, not a value.
 */
export interface DocLabelAgreement {
  /** The category's display name. */
  readonly category: string
  /** Documents with a value from at least two of the annotators: alpha's units. */
  readonly documents: number
  readonly krippendorffAlpha: number | null
  readonly krippendorffAlphaReason?: string
  /** The mean of the pairs' kappas where defined. */
  readonly cohenKappa: number | null
  readonly cohenKappaReason?: string
  readonly pairwise: readonly DocLabelPair[]
}

/** One document's document labels, by annotator (only annotators who have a file for it). */
export type DocLabelLayers = ReadonlyMap<string, DocLabels | undefined>

const quoted = (value: string): string => `"${value}"`

/**
 * Cohen's kappa (per pair, and their mean) and Krippendorff's alpha (nominal, all annotators)
 * for each category, over the documents. Undefined figures carry the reason, in documents.
 */
export function docLabelAgreement(
  categories: readonly DocLabelCategory[],
  annotators: readonly string[],
  documents: readonly DocLabelLayers[],
): DocLabelAgreement[] {
  return categories.map((category) => {
    const valuesOf = (layers: DocLabelLayers) =>
      annotators.flatMap((annotator) => {
        const value = layers.get(annotator)?.[category.id]
        return value === undefined ? [] : [value]
      })
    const units: UnitCount<string>[] = documents
      .map((layers) => ({ values: valuesOf(layers), count: 1 }))
      .filter((unit) => unit.values.length >= 2)
    const pairwise: DocLabelPair[] = []
    for (let i = 0; i < annotators.length; i++) {
      for (let j = i + 1; j < annotators.length; j++) {
        const a = annotators[i] as string
        const b = annotators[j] as string
        const cells: JointCount<string>[] = documents.flatMap((layers) => {
          const va = layers.get(a)?.[category.id]
          const vb = layers.get(b)?.[category.id]
          return va === undefined || vb === undefined ? [] : [{ a: va, b: vb, count: 1 }]
        })
        pairwise.push({
          a,
          b,
          documents: cells.length,
          ...flatMeasure('cohenKappa', pairKappa(cells)),
        })
      }
    }
    const kappas = pairwise.map((pair): Measure =>
      pair.cohenKappa === null
        ? undefinedBecause(pair.cohenKappaReason ?? 'undefined')
        : { value: pair.cohenKappa },
    )
    return {
      category: category.name,
      documents: units.length,
      ...flatMeasure('krippendorffAlpha', alpha(units)),
      ...flatMeasure('cohenKappa', meanMeasure(kappas, 'there are fewer than two annotators')),
      pairwise,
    }
  })
}

// The core's figures speak of tokens; here the units are documents, so the undefined cases
// are caught first and worded for them.
function pairKappa(cells: readonly JointCount<string>[]): Measure {
  if (cells.length === 0) return undefinedBecause('no document has a value from both annotators')
  const values = new Set(cells.flatMap((cell) => [cell.a, cell.b]))
  if (values.size === 1) {
    return undefinedBecause(
      `every document is ${quoted([...values][0] as string)} for both annotators, so chance agreement is certain`,
    )
  }
  return cohenKappa(cells, quoted)
}

function alpha(units: readonly UnitCount<string>[]): Measure {
  if (units.length === 0) {
    return undefinedBecause('no document has a value from two or more annotators')
  }
  const values = new Set(units.flatMap((unit) => unit.values))
  if (values.size === 1) {
    return undefinedBecause(
      `every document is ${quoted([...values][0] as string)} for every annotator, so there is no variation to agree on`,
    )
  }
  return krippendorffAlphaNominal(units, quoted)
}
