import type { AgreementDocument } from './agreement-input'
import { categoryPairKey, emptyTally, type AgreementTally, type UnitTally } from './agreement-tally'
import { agreementTokens } from './agreement-tokens'
import type { CategoryIndex } from './category-index'
import type { LabelIndex } from './label-index'
import { overlappingLabelPairs } from './span-confusion'
import { compareSpansByLabel, sameLabelOverlaps } from './span-matching'
import { tokenCategories, type LabelledRange } from './token-categories'

/** What is shared while a project's documents are tallied one after another. */
export interface TallyContext {
  readonly annotators: readonly string[]
  readonly pairs: readonly (readonly [number, number])[]
  readonly labels: LabelIndex
  readonly categories: CategoryIndex
}

export interface DocumentTally {
  readonly tally: AgreementTally
  /** Indexes (into the chosen annotators) of those who have the document. */
  readonly present: readonly number[]
  readonly tokens: number
  readonly spans: number
}

/** One document's contribution to every figure. */
export function tallyDocument(doc: AgreementDocument, context: TallyContext): DocumentTally {
  const tally = emptyTally(context.pairs.length)
  const ranges = new Map<number, LabelledRange[]>()
  context.annotators.forEach((name, index) => {
    const spans = doc.layers.get(name)
    if (spans === undefined) return
    ranges.set(
      index,
      spans.map((span) => ({
        start: span.start,
        end: span.end,
        label: context.labels.ofId(span.label),
      })),
    )
  })
  const present = [...ranges.keys()]
  const spans = [...ranges.values()].reduce((sum, list) => sum + list.length, 0)
  const tokens = agreementTokens(doc.text)
  if (present.length === 1) tally.documentsWithOneAnnotator = 1
  if (present.length < 2) return { tally, present, tokens: tokens.count, spans }

  tally.documents = 1
  tally.tokens = tokens.count
  const categories = new Map<number, Int32Array>()
  for (const [index, list] of ranges) {
    categories.set(index, tokenCategories(tokens, list, context.categories))
  }
  addUnits(tally.units, [...categories.values()], tokens.count)
  context.pairs.forEach(([i, j], p) => {
    const a = ranges.get(i)
    const b = ranges.get(j)
    const pair = tally.pairs[p]
    if (a === undefined || b === undefined || pair === undefined) return
    pair.documents = 1
    pair.tokens = tokens.count
    const ca = categories.get(i) as Int32Array
    const cb = categories.get(j) as Int32Array
    addJoint(pair.joint, ca, cb)
    const matchedA = sameLabelOverlaps(a, b)
    const matchedB = sameLabelOverlaps(b, a)
    for (const [label, counts] of compareSpansByLabel(a, b, matchedA, matchedB)) {
      pair.spans.set(label, counts)
    }
    for (const [key, count] of overlappingLabelPairs(a, b)) {
      pair.confusion.set(key, count)
    }
  })
  return { tally, present, tokens: tokens.count, spans }
}

// Runs of tokens with the same categories (most of a text is O for everyone) are counted
// together: one map update, and one unit key, per run instead of per token.
function addJoint(joint: Map<number, number>, ca: Int32Array, cb: Int32Array): void {
  let key = -1
  let length = 0
  for (let t = 0; t < ca.length; t++) {
    const next = categoryPairKey(ca[t] as number, cb[t] as number)
    if (next === key) {
      length++
      continue
    }
    if (length > 0) joint.set(key, (joint.get(key) ?? 0) + length)
    key = next
    length = 1
  }
  if (length > 0) joint.set(key, (joint.get(key) ?? 0) + length)
}

function addUnits(units: Map<string, UnitTally>, columns: readonly Int32Array[], count: number) {
  let run: number[] = []
  let length = 0
  const flush = () => {
    if (length === 0) return
    const values = [...run].sort((x, y) => x - y)
    const key = values.join(',')
    const known = units.get(key)
    if (known === undefined) units.set(key, { values, count: length })
    else known.count += length
  }
  for (let t = 0; t < count; t++) {
    if (length > 0 && sameAt(columns, t, run)) {
      length++
      continue
    }
    flush()
    run = columns.map((column) => column[t] as number)
    length = 1
  }
  flush()
}

function sameAt(columns: readonly Int32Array[], t: number, values: readonly number[]): boolean {
  for (let k = 0; k < columns.length; k++) {
    if ((columns[k] as Int32Array)[t] !== values[k]) return false
  }
  return true
}
