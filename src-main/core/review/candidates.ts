import { compareSpans } from '../spans/overlaps'
import { candidateKey } from './review-records'
import type { Candidate, ReviewLayer } from './review-layer'

interface Building {
  readonly key: string
  readonly start: number
  readonly end: number
  readonly label: string
  readonly spans: {
    readonly annotator: string
    readonly span: Candidate['spans'][number]['span']
  }[]
}

/**
 * Every distinct (start, end, label) of the layers, in text order (start, then the longer
 * first, then label), each with the annotators who tagged it in layer order. An annotator who
 * tagged the same thing twice counts once.
 */
export function collectCandidates(layers: readonly ReviewLayer[]): Candidate[] {
  const byKey = new Map<string, Building>()
  for (const layer of layers) {
    for (const span of layer.spans) {
      const key = candidateKey(span)
      let candidate = byKey.get(key)
      if (candidate === undefined) {
        candidate = { key, start: span.start, end: span.end, label: span.label, spans: [] }
        byKey.set(key, candidate)
      }
      if (candidate.spans.some((item) => item.annotator === layer.annotator)) continue
      candidate.spans.push({ annotator: layer.annotator, span })
    }
  }
  return [...byKey.values()]
    .map((candidate) => ({
      ...candidate,
      annotators: candidate.spans.map((item) => item.annotator),
    }))
    .sort(compareCandidates)
}

/** Text order, then label, so the same layers always give the same list. */
export function compareCandidates(
  a: Pick<Candidate, 'start' | 'end' | 'label'>,
  b: Pick<Candidate, 'start' | 'end' | 'label'>,
): number {
  const byRange = compareSpans(a, b)
  if (byRange !== 0) return byRange
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0
}
