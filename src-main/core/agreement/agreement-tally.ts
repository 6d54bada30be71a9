import { addSpanCounts, type SpanCounts } from './span-matching'

/** What one pair of annotators adds up to over the documents both have. */
export interface PairTally {
  documents: number
  tokens: number
  /** Tokens by (A's category, B's category); the key is `categoryPairKey(ca, cb)`. */
  readonly joint: Map<number, number>
  /** Span comparisons by label number. */
  readonly spans: Map<number, SpanCounts>
  /** Overlapping span pairs by `labelPairKey(A's label, B's label)`. */
  readonly confusion: Map<number, number>
}

/** Tokens that got this multiset of categories (sorted), one per annotator who has them. */
export interface UnitTally {
  readonly values: readonly number[]
  count: number
}

/** The sums every figure is computed from; documents add up, so a project is their sum. */
export interface AgreementTally {
  documents: number
  documentsWithOneAnnotator: number
  tokens: number
  /** Tokens with categories from two or more annotators, by their sorted categories. */
  readonly units: Map<string, UnitTally>
  /** One per pair of annotators, in `annotatorPairs` order. */
  readonly pairs: readonly PairTally[]
}

/** Every pair (i, j), i < j, of `count` annotators, in order. */
export function annotatorPairs(count: number): [number, number][] {
  const pairs: [number, number][] = []
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) pairs.push([i, j])
  return pairs
}

// Category numbers stay far below this: each is a distinct set of labels somebody gave a token.
const CATEGORY_KEY = 1 << 21

export const categoryPairKey = (ca: number, cb: number): number => ca * CATEGORY_KEY + cb

export const categoriesOfKey = (key: number): [number, number] => [
  Math.floor(key / CATEGORY_KEY),
  key % CATEGORY_KEY,
]

export function emptyTally(pairCount: number): AgreementTally {
  return {
    documents: 0,
    documentsWithOneAnnotator: 0,
    tokens: 0,
    units: new Map(),
    pairs: Array.from({ length: pairCount }, () => ({
      documents: 0,
      tokens: 0,
      joint: new Map(),
      spans: new Map(),
      confusion: new Map(),
    })),
  }
}

/** Adds `part` (one document's tally, say) into `total`. */
export function addTally(total: AgreementTally, part: AgreementTally): void {
  total.documents += part.documents
  total.documentsWithOneAnnotator += part.documentsWithOneAnnotator
  total.tokens += part.tokens
  for (const [key, unit] of part.units) {
    const known = total.units.get(key)
    if (known === undefined) total.units.set(key, { values: unit.values, count: unit.count })
    else known.count += unit.count
  }
  part.pairs.forEach((pair, p) => {
    const into = total.pairs[p]
    if (into === undefined) return
    into.documents += pair.documents
    into.tokens += pair.tokens
    addCounts(into.joint, pair.joint)
    addCounts(into.confusion, pair.confusion)
    for (const [label, counts] of pair.spans) {
      const known = into.spans.get(label)
      into.spans.set(label, known === undefined ? counts : addSpanCounts(known, counts))
    }
  })
}

function addCounts(into: Map<number, number>, from: ReadonlyMap<number, number>): void {
  for (const [key, count] of from) into.set(key, (into.get(key) ?? 0) + count)
}
