import type { ImportOutcome } from '../contract/endpoints'

/**
 * What re-importing a changed article did with its spans, as lines for the terminal: the
 * counts, then each span not placed (annotator, label, text, why) and each layer not written.
 */
export function reanchorLines(outcome: ImportOutcome): string[] {
  const report = outcome.reanchor
  if (report === undefined) return []
  const { replaces, exact, fuzzy, notPlaced, unwritten } = report
  return [
    `${outcome.source}: new version of "${replaces.title}" (${replaces.docId}); spans placed exactly ${exact}, placed by fuzzy match ${fuzzy}, not placed ${notPlaced.length}`,
    ...notPlaced.map(
      (span) =>
        `  not placed: ${span.annotator}, ${span.label} ${JSON.stringify(span.text)}: ${span.reason} (it stays on the old version)`,
    ),
    ...unwritten.map(
      (layer) =>
        `  not carried: ${layer.annotator}'s ${layer.spans} ${layer.spans === 1 ? 'span' : 'spans'} stay on the old version: ${layer.message}`,
    ),
  ]
}
