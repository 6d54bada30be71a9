import type {
  AgreementDocument,
  AgreementSpan,
} from '../../../../src-main/core/agreement/agreement-input'

/** A span over the first occurrence of `phrase` in `text`, labelled by id. */
export function on(text: string, phrase: string, label: string): AgreementSpan {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  return { start, end: start + phrase.length, label }
}

/** A document with a layer for each annotator named in `layers` (and none for the others). */
export function doc(
  docId: string,
  text: string,
  layers: Readonly<Record<string, readonly AgreementSpan[]>>,
): AgreementDocument {
  return { docId, text, layers: new Map(Object.entries(layers)) }
}

/**
 * Six tokens: Ministers | pledged | 40 | new | ferries | . — the small case most figures
 * are worked out on by hand in these tests.
 */
export const FERRIES = 'Ministers pledged 40 new ferries.'

/** ann: one Commitment over four tokens; bob: a shorter Commitment with a Statistic inside. */
export const FERRIES_LAYERS = {
  ann: [on(FERRIES, 'pledged 40 new ferries', 'commitment')],
  bob: [on(FERRIES, 'pledged 40 new', 'commitment'), on(FERRIES, '40', 'statistic')],
}
