import { carrySpans } from '../src-main/core/reanchor/carry-spans'
import { createReanchorer } from '../src-main/core/reanchor/reanchor'
import { corpusArticles } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, timed } from './timing'

const LENGTH = 1_000_000
const SPANS = 20_000
// A correction every 10,000 characters: a sentence inserted, one deleted, a word changed, in turn.
const EDIT_EVERY = 10_000

/**
 * A 1M-character article that never repeats itself: the corpus's words in a pseudo-random
 * order. (The corpus repeated to length would let every span find an identical copy of its
 * passage elsewhere, and the bench would measure nothing but the exact step.)
 */
export function unrepeatedText(length: number): string {
  const words = corpusArticles()
    .join(' ')
    .split(/\s+/u)
    .filter((word) => word !== '')
  let state = 11
  let text = ''
  for (let n = 1; text.length < length; n++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    text += words[state % words.length] + (n % 17 === 0 ? '.\n' : ' ')
  }
  return text.slice(0, length)
}

/** The re-published text: 100 corrections spread over the whole article. */
export function editedText(text: string): string {
  let out = ''
  let from = 0
  for (let at = EDIT_EVERY, n = 0; at < text.length; at += EDIT_EVERY, n++) {
    out += text.slice(from, at)
    const kind = n % 3
    if (kind === 0) {
      out += ' Correction: an earlier version of this article gave a wrong figure.'
      from = at
    } else if (kind === 1) {
      from = at + 120 // 120 characters deleted
    } else {
      out += 'revised'
      from = at + 7 // a word changed
    }
  }
  return out + text.slice(from)
}

/**
 * Re-anchoring 20,000 spans between two versions of a 1M-character article (issue 9, "Articles
 * change"): the diff of the two texts, then every span placed. Target: seconds, not minutes.
 */
export async function benchReanchor(): Promise<Figure[]> {
  const oldText = unrepeatedText(LENGTH)
  const newText = editedText(oldText)
  const spans = syntheticSpans(oldText, SPANS)
  const run = await timed(() =>
    carrySpans(createReanchorer(oldText, newText), newText, spans, '2026-12-02T00:00:00.000Z'),
  )
  const { exact, fuzzy, notPlaced } = run.value
  const name = `core: re-anchor 20,000 spans on an edited 1M-char text (${exact} exact, ${fuzzy} fuzzy, ${notPlaced.length} not placed)`
  return [{ name, value: run.ms, unit: 'ms', target: 'seconds, not minutes' }]
}
