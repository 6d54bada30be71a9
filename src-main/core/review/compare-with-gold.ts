import { compareSpans, overlaps } from '../spans/overlaps'
import type { Span } from '../spans/span'
import { candidateKey } from './review-records'

/**
 * How the adjudicated set differs from an annotator's spans, seen from the annotator:
 * `added` — gold has a span they did not tag; `removed` — they tagged a span gold does not
 * keep; `relabelled` — same range, another label in gold; `moved` — same label, gold's
 * boundaries differ.
 */
export type GoldDifferenceKind = 'added' | 'removed' | 'relabelled' | 'moved'

export interface GoldDifference {
  readonly kind: GoldDifferenceKind
  readonly mine?: Span
  readonly gold?: Span
  /** Where to show it: the extent of both spans. */
  readonly start: number
  readonly end: number
}

/** Strict span scores of an annotator against gold: exact start, end and label. */
export interface GoldScore {
  readonly matched: number
  readonly mine: number
  readonly gold: number
  /** `null` when there is nothing to divide by (no spans of theirs, or none in gold). */
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export interface GoldComparison {
  readonly differences: readonly GoldDifference[]
  readonly score: GoldScore
  /** By label id, for every label either side uses, in label id order. */
  readonly perLabel: Readonly<Record<string, GoldScore>>
}

/** Compares an annotator's spans on a document with the gold spans on it. */
export function compareWithGold(mine: readonly Span[], gold: readonly Span[]): GoldComparison {
  const goldLeft = new Map<string, Span[]>()
  for (const span of gold) push(goldLeft, candidateKey(span), span)
  const matched: Span[] = []
  const mineLeft: Span[] = []
  for (const span of mine) {
    const twin = goldLeft.get(candidateKey(span))?.shift()
    if (twin !== undefined) matched.push(span)
    else mineLeft.push(span)
  }
  const goldRest = [...goldLeft.values()].flat().sort(compareSpans)
  const differences: GoldDifference[] = []
  pairUp(goldRest, mineLeft, differences, 'relabelled', (g, m) =>
    g.start === m.start && g.end === m.end ? 1 : 0,
  )
  pairUp(goldRest, mineLeft, differences, 'moved', (g, m) =>
    g.label === m.label && overlaps(g, m) ? Math.min(g.end, m.end) - Math.max(g.start, m.start) : 0,
  )
  for (const span of goldRest) differences.push(difference('added', undefined, span))
  for (const span of mineLeft) differences.push(difference('removed', span, undefined))
  differences.sort((a, b) => a.start - b.start || b.end - a.end || order(a.kind) - order(b.kind))

  const labels = [...new Set([...mine, ...gold].map((span) => span.label))].sort()
  const perLabel: Record<string, GoldScore> = {}
  for (const label of labels) {
    perLabel[label] = score(
      matched.filter((span) => span.label === label).length,
      mine.filter((span) => span.label === label).length,
      gold.filter((span) => span.label === label).length,
    )
  }
  return { differences, score: score(matched.length, mine.length, gold.length), perLabel }
}

/**
 * Pairs each remaining gold span with the remaining span of theirs that fits it best
 * (`fit` > 0; the largest wins, the earliest on a tie), removing both from their lists.
 */
function pairUp(
  goldRest: Span[],
  mineLeft: Span[],
  into: GoldDifference[],
  kind: GoldDifferenceKind,
  fit: (gold: Span, mine: Span) => number,
): void {
  for (const gold of [...goldRest]) {
    let best: Span | undefined
    let bestFit = 0
    for (const mine of mineLeft) {
      const value = fit(gold, mine)
      if (value > bestFit) [best, bestFit] = [mine, value]
    }
    if (best === undefined) continue
    mineLeft.splice(mineLeft.indexOf(best), 1)
    goldRest.splice(goldRest.indexOf(gold), 1)
    into.push(difference(kind, best, gold))
  }
}

function difference(
  kind: GoldDifferenceKind,
  mine: Span | undefined,
  gold: Span | undefined,
): GoldDifference {
  const spans = [mine, gold].filter((span): span is Span => span !== undefined)
  return {
    kind,
    ...(mine !== undefined && { mine }),
    ...(gold !== undefined && { gold }),
    start: Math.min(...spans.map((span) => span.start)),
    end: Math.max(...spans.map((span) => span.end)),
  }
}

function score(matched: number, mine: number, gold: number): GoldScore {
  return {
    matched,
    mine,
    gold,
    precision: mine === 0 ? null : matched / mine,
    recall: gold === 0 ? null : matched / gold,
    f1: mine + gold === 0 ? null : (2 * matched) / (mine + gold),
  }
}

const KIND_ORDER: readonly GoldDifferenceKind[] = ['relabelled', 'moved', 'added', 'removed']
const order = (kind: GoldDifferenceKind): number => KIND_ORDER.indexOf(kind)

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
