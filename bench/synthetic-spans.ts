import type { Span } from '../src-main/core/spans/span'
import { snapToWords } from '../src-main/core/text/snap-to-words'

const LABELS = ['commitment', 'statistic', 'claim'] as const

/** `count` word-snapped spans spread over the text, some nested, deterministic for a seed. */
export function syntheticSpans(text: string, count: number, seed = 7): Span[] {
  let state = seed
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  const spans: Span[] = []
  const stamp = '2026-11-23T00:00:00.000Z'
  for (let i = 0; spans.length < count; i++) {
    const start = Math.floor(random() * (text.length - 200))
    const snapped = snapToWords(text, start, start + 5 + Math.floor(random() * 80))
    if (snapped.end <= snapped.start) continue
    spans.push({
      id: `s${i}`,
      start: snapped.start,
      end: snapped.end,
      label: LABELS[i % LABELS.length] ?? 'claim',
      text: text.slice(snapped.start, snapped.end),
      createdAt: stamp,
      updatedAt: stamp,
    })
  }
  return spans
}
