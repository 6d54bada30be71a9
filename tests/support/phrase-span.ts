import type { Span } from '../../src-main/core/spans/span'

/** The timestamp test spans carry, so results compare as exact objects. */
export const SPAN_STAMP = '2026-01-01T00:00:00.000Z'

/** A span over the first occurrence of `phrase` in `text`; a phrase not in the text throws. */
export function phraseSpan(
  text: string,
  phrase: string,
  label: string,
  id: string,
  stamp = SPAN_STAMP,
): Span {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  return {
    id,
    start,
    end: start + phrase.length,
    label,
    text: phrase,
    createdAt: stamp,
    updatedAt: stamp,
  }
}
