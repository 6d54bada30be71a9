import { splitSentences } from '../text/sentences'
import { tokenize, type Token } from '../text/tokenize'
import { createOffsetConverter } from '../text/offsets'
import type { DatasetDocument, Exporter, ExportLayer, ExportOptions } from './dataset'
import { count, layerSpans, sortedLayers, type ExportSpan } from './export-spans'
import { exportStem } from './file-stem'
import { alignTokens } from './token-spans'
import { emptyTokenTally, tokenWarnings, type TokenTally } from './token-warnings'

const DOCSTART = '-DOCSTART- -X- O\n\n'

/**
 * CoNLL-2003 layout with BIO tags, one file `<project>.conll`: for each document and each
 * of its annotator layers (layers by annotator name; a document no annotator has is
 * written once, all `O`), `-DOCSTART- -X- O` and a blank line, then one line per token,
 * `token -X- _ TAG`, with a blank line after each sentence. Tokens and sentences come from
 * `tokenize` and `splitSentences` (their rules are in the README); label names have spaces
 * replaced by `_` so the columns stay four.
 *
 * BIO cannot hold overlapping spans: of spans that overlap, the longer is kept (so the
 * outer of nested spans; the earlier of equal ones) and the others are dropped and counted
 * in a warning. A span edge inside a word splits that word into two tokens, so every kept
 * span's text is exactly its tokens. Sentences a span runs across are written as one.
 * There are no character offsets, so `options.offsets` does not apply. Notes and
 * attributes have no column and are not written.
 */
export const exportConll: Exporter = (docs, options) => {
  const tally = emptyTokenTally()
  let dropped = 0
  const blocks: string[] = []
  for (const doc of docs) {
    const base = tokenize(doc.text)
    const layers = sortedLayers(doc)
    for (const layer of layers.length === 0 ? [null] : layers) {
      const spans = layer === null ? [] : checkedSpans(doc, layer, options)
      const kept = keepOuter(spans)
      dropped += spans.length - kept.length
      blocks.push(DOCSTART + documentBlock(doc.text, base, kept, tally))
    }
  }
  const warnings =
    dropped > 0 ? [`${count(dropped, 'span')} dropped: BIO cannot express overlaps.`] : []
  return {
    files: [{ path: `${exportStem(options.projectName)}.conll`, content: blocks.join('') }],
    warnings: [...warnings, ...tokenWarnings(tally)],
  }
}

function checkedSpans(doc: DatasetDocument, layer: ExportLayer, options: ExportOptions) {
  return layerSpans(doc, layer, options.labels, 'utf16', createOffsetConverter(doc.text))
}

/** The spans BIO can hold: longest first, each kept unless it overlaps one already kept. */
export function keepOuter(spans: readonly ExportSpan[]): ExportSpan[] {
  const byLength = [...spans].sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  )
  // Kept spans never overlap, so sorted by start only the neighbours of a candidate can clash.
  const kept: ExportSpan[] = []
  for (const candidate of byLength) {
    const { start, end } = candidate.span
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((kept[mid] as ExportSpan).span.start < start) lo = mid + 1
      else hi = mid
    }
    const before = kept[lo - 1]
    const after = kept[lo]
    if (
      (before === undefined || before.span.end <= start) &&
      (after === undefined || end <= after.span.start)
    ) {
      kept.splice(lo, 0, candidate)
    }
  }
  return kept
}

function documentBlock(
  text: string,
  base: readonly Token[],
  spans: readonly ExportSpan[],
  tally: TokenTally,
): string {
  const aligned = alignTokens(
    base,
    spans.map((item) => item.span),
  )
  tally.splitSpans += aligned.splitSpans
  tally.looseSpans += aligned.looseSpans
  const tags = new Map<Token, { tag: string; span: number }>()
  for (const [n, item] of spans.entries()) {
    const range = aligned.ranges[n]
    if (range === null || range === undefined) {
      tally.tokenless++
      continue
    }
    const label = item.label.replace(/\s+/gu, '_')
    for (let k = range[0]; k <= range[1]; k++) {
      tags.set(aligned.tokens[k] as Token, {
        tag: `${k === range[0] ? 'B' : 'I'}-${label}`,
        span: n,
      })
    }
  }
  const sentences = mergeAcrossSpans(splitSentences(text, aligned.tokens), tags)
  return sentences
    .map(
      (sentence) =>
        `${sentence
          .map(
            (token) =>
              `${text.slice(token.start, token.end)} -X- _ ${tags.get(token)?.tag ?? 'O'}\n`,
          )
          .join('')}\n`,
    )
    .join('')
}

/** Joins sentences a span runs across, so a span's I- tags never start a sentence. */
function mergeAcrossSpans(
  sentences: readonly Token[][],
  tags: ReadonlyMap<Token, { readonly span: number }>,
): Token[][] {
  const merged: Token[][] = []
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1]
    const lastSpan =
      previous === undefined ? undefined : tags.get(previous[previous.length - 1] as Token)
    const firstSpan = tags.get(sentence[0] as Token)
    if (previous !== undefined && lastSpan !== undefined && lastSpan.span === firstSpan?.span) {
      previous.push(...sentence)
    } else {
      merged.push([...sentence])
    }
  }
  return merged
}
