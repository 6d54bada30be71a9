import { collectCandidates, compareCandidates } from './candidates'
import type { Candidate, ReviewLayer } from './review-layer'
import type { GroupKind, ReviewGroup } from './review-group'
import { sameAttributes } from '../spans/check-change-set'

/**
 * Compares the annotators' layers on one document and returns every place a reviewer decides
 * on, in text order:
 * 1. a candidate every layer has is an `agreed` group of its own;
 * 2. the other candidates are joined when they share a label and overlap, or share a range
 *    (the same stretch tagged with different labels);
 * 3. groups that only some annotators reached are joined when they overlap and no annotator
 *    is in both (two people tagged the same place differently).
 * Each group's kind then follows from who is present and how the versions differ (an
 * agreed range and label whose attribute values differ is an `attribute` group).
 * Layers are the annotators who have an annotations file for the document.
 */
export function groupCandidates(layers: readonly ReviewLayer[]): ReviewGroup[] {
  const order = layers.map((layer) => layer.annotator)
  const candidates = collectCandidates(layers)
  const agreed = candidates.filter((candidate) => candidate.annotators.length === order.length)
  const rest = candidates.filter((candidate) => candidate.annotators.length < order.length)
  const groups = [
    ...agreed.map((candidate) => makeGroup([candidate], order)),
    ...joinPartial(
      joinRelated(rest).map((members) => makeGroup(members, order)),
      order,
    ),
  ]
  return groups.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1))
}

/** Components of "same label and overlapping, or same range" among `candidates`. */
function joinRelated(candidates: readonly Candidate[]): Candidate[][] {
  const parent = candidates.map((_, index) => index)
  const find = (index: number): number => {
    let root = index
    while (parent[root] !== root) root = parent[root] as number
    for (let at = index; parent[at] !== root;) [at, parent[at]] = [parent[at] as number, root]
    return root
  }
  const union = (a: number, b: number): void => {
    const rootA = find(a)
    const rootB = find(b)
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB)
  }

  const byRange = new Map<string, number>()
  // Per label, in start order: the chain of overlapping spans and the end it reaches so far.
  const chains = new Map<string, { end: number; index: number }>()
  candidates.forEach((candidate, index) => {
    const range = `${candidate.start}:${candidate.end}`
    const sameRange = byRange.get(range)
    if (sameRange === undefined) byRange.set(range, index)
    else union(sameRange, index)
    const chain = chains.get(candidate.label)
    if (chain !== undefined && candidate.start < chain.end) {
      union(chain.index, index)
      chain.end = Math.max(chain.end, candidate.end)
    } else {
      chains.set(candidate.label, { end: candidate.end, index })
    }
  })

  const components = new Map<number, Candidate[]>()
  candidates.forEach((candidate, index) => {
    const root = find(index)
    const members = components.get(root)
    if (members) members.push(candidate)
    else components.set(root, [candidate])
  })
  return [...components.values()]
}

/** Joins overlapping groups that only some reached and that share no annotator. */
function joinPartial(groups: readonly ReviewGroup[], order: readonly string[]): ReviewGroup[] {
  const sorted = [...groups].sort((a, b) => a.start - b.start || b.end - a.end)
  const done: ReviewGroup[] = []
  let active: ReviewGroup[] = []
  for (let group of sorted) {
    active = active.filter((other) => other.end > group.start)
    while (group.kind === 'missing') {
      const current = group
      const partner = active.find(
        (other) =>
          other.kind === 'missing' &&
          other.start < current.end &&
          current.start < other.end &&
          other.present.every((name) => !current.present.includes(name)),
      )
      if (partner === undefined) break
      active = active.filter((other) => other !== partner)
      removeFrom(done, partner)
      group = makeGroup([...partner.candidates, ...current.candidates], order)
    }
    active.push(group)
    done.push(group)
  }
  return done
}

function removeFrom(list: ReviewGroup[], item: ReviewGroup): void {
  const at = list.indexOf(item)
  if (at >= 0) list.splice(at, 1)
}

function makeGroup(members: readonly Candidate[], order: readonly string[]): ReviewGroup {
  const candidates = [...members].sort(compareCandidates)
  const tagged = new Set(candidates.flatMap((candidate) => candidate.annotators))
  const present = order.filter((name) => tagged.has(name))
  const absent = order.filter((name) => !tagged.has(name))
  const ranges = new Set(candidates.map((candidate) => `${candidate.start}:${candidate.end}`))
  const labels = new Set(candidates.map((candidate) => candidate.label))
  const first = candidates[0] as Candidate
  const start = Math.min(...candidates.map((candidate) => candidate.start))
  const end = Math.max(...candidates.map((candidate) => candidate.end))
  return {
    id: `${start}-${end}@${first.key}`,
    kind: kindOf(candidates, absent.length, labels.size),
    start,
    end,
    candidates,
    present,
    absent,
    boundariesDiffer: ranges.size > 1,
  }
}

function kindOf(candidates: readonly Candidate[], absent: number, labels: number): GroupKind {
  if (absent > 0) return 'missing'
  if (candidates.length === 1)
    return attributesDiffer(candidates[0] as Candidate) ? 'attribute' : 'agreed'
  return labels > 1 ? 'label' : 'boundary'
}

/** Whether the annotators of one candidate gave its span different attribute values. */
function attributesDiffer(candidate: Candidate): boolean {
  const [first, ...rest] = candidate.spans
  return rest.some((item) => !sameAttributes(item.span.attributes, first?.span.attributes))
}
