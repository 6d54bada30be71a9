import type { Span } from '../../src-main/core/spans/span'
import { snapToWords } from '../../src-main/core/text/snap-to-words'
import { textOfLength } from '../corpus-text'

/** One size the renderer is measured at (the targets table). */
export interface UiCaseSize {
  /** Short name for reports, e.g. `1M/20k`. */
  readonly name: string
  readonly chars: number
  readonly spans: number
  /** The share of spans that overlap at least one other span (0.1 = 10 %). */
  readonly overlapping: number
}

export const SMALL_CASE: UiCaseSize = {
  name: '100k/5k',
  chars: 100_000,
  spans: 5_000,
  overlapping: 0.1,
}
export const LARGE_CASE: UiCaseSize = {
  name: '1M/20k',
  chars: 1_000_000,
  spans: 20_000,
  overlapping: 0.1,
}

export interface UiCase {
  readonly size: UiCaseSize
  /** The document's first line, which becomes its title on import. */
  readonly title: string
  readonly text: string
  /** In `compareSpans` order is not promised: as generated. Label ids of the default set. */
  readonly spans: readonly Span[]
}

const LABEL_IDS = ['commitment', 'statistic', 'claim'] as const
const STAMP = '2026-11-23T00:00:00.000Z'

const WORD = /[\p{L}\p{N}]/u

/** The first offset at or after `from` where a letter or digit starts. */
function wordStartFrom(text: string, from: number): number {
  let at = from
  while (at < text.length && !WORD.test(text[at] as string)) at++
  return at
}

function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/**
 * A text of `size.chars` characters and `size.spans` word-snapped spans, the same for a seed.
 * Most spans sit one per slot of the text so that none of them touch; then half the
 * overlapping share is laid over as many other spans (one each), starting inside it and ending
 * a few words past it or nested in it, so that the share of spans overlapping another is
 * `size.overlapping`.
 */
export function uiCase(size: UiCaseSize, seed = 7): UiCase {
  const random = seeded(seed)
  const title = `Bench article ${size.name}\n`
  const text = title + textOfLength(size.chars - title.length)
  // Each laid-over span and the span it lies on overlap: half the share is laid over.
  const overlapping = Math.round((size.spans * size.overlapping) / 2)
  const plain = size.spans - overlapping
  const hosts = new Set<number>()
  const slot = Math.floor((text.length - 200) / plain)
  const spans: Span[] = []
  const make = (start: number, end: number, n: number): Span => ({
    id: `b${n}`,
    start,
    end,
    label: LABEL_IDS[n % LABEL_IDS.length] ?? 'claim',
    text: text.slice(start, end),
    createdAt: STAMP,
    updatedAt: STAMP,
  })
  for (let n = 0; n < plain; n++) {
    const low = n * slot
    const high = (n + 1) * slot - 1
    const from = wordStartFrom(text, low + 1 + Math.floor(random() * (slot / 3)))
    const length = 4 + Math.floor(random() * (slot / 2))
    // Whole words inside the slot, so plain spans never overlap each other: a few words, one
    // word, or failing that the slot's first whole word.
    const inside = [
      snapToWords(text, from, from + length),
      snapToWords(text, from, from + 1),
      snapToWords(text, wordStartFrom(text, low), wordStartFrom(text, low) + 1),
    ].find((range) => range.start >= low && range.end <= high && range.end > range.start) ?? {
      start: from,
      end: snapToWords(text, from, from + 1).end,
    }
    spans.push(make(inside.start, inside.end, n))
  }
  for (let k = 0; k < overlapping; k++) {
    let pick = Math.floor(random() * plain)
    while (hosts.has(pick)) pick = (pick + 1) % plain
    hosts.add(pick)
    const host = spans[pick] as Span
    const nested = random() < 0.5
    const from = host.start + Math.floor(random() * Math.max(1, host.end - host.start - 1))
    const to = nested ? host.end : host.end + 6 + Math.floor(random() * 30)
    const snapped = snapToWords(text, from, Math.max(from + 1, to))
    const start = Math.max(snapped.start, host.start)
    const end = Math.max(snapped.end, start + 1)
    spans.push(make(start, end, plain + k))
  }
  // Every span shows something: a span over line breaks alone would have nothing to paint.
  const blank = spans.find((span) => !/\S/u.test(span.text))
  if (blank) throw new Error(`bench: span ${blank.id} covers no visible character`)
  return { size, title: title.trim(), text, spans }
}
