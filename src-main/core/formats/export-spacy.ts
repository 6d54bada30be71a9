import { createOffsetConverter, type OffsetConverter } from '../text/offsets'
import { tokenize, type Token } from '../text/tokenize'
import type { DatasetDocument, Exporter, ExportLayer, ExportOptions } from './dataset'
import { layerSpans, sortedLayers } from './export-spans'
import { spacyCats } from './doc-label-formats'
import { exportStem } from './file-stem'
import { alignTokens } from './token-spans'
import { emptyTokenTally, tokenWarnings, type TokenTally } from './token-warnings'

/**
 * Prodigy / spaCy JSONL (`prodigy db-in`, `spans_manual`), one file `<project>.spacy.jsonl`:
 * one line per document per annotator layer (layers by annotator name),
 * `{"text","tokens":[{"text","start","end","id","ws"}],"spans":[{"start","end","label","token_start","token_end"}],"meta"}`
 * with `meta` `{"id","title","annotator","status","offsetUnit"}`; a document no annotator
 * has is written once with no spans and `annotator`/`status` `null`.
 *
 * - Tokens come from `tokenize` (see its rules); `ws` says whether whitespace follows.
 * - Offsets (tokens and spans) count `options.offsets`, default code points (Python's).
 * - Spans keep their exact offsets. A span edge inside a token splits that token there, so
 *   spans always start and end on token boundaries (counted in a warning); `token_end` is
 *   the last token inside the span (inclusive, as Prodigy writes it). A span of nothing but
 *   whitespace has no token and is left out (warned).
 * - Notes and attributes have no place in the format and are not written.
 * - In projects with document label categories, `cats` follows `meta` (see `spacyCats`).
 */
export const exportSpacy: Exporter = (docs, options) => {
  const tally = emptyTokenTally()
  const lines = docs.flatMap((doc) => {
    const converter = createOffsetConverter(doc.text)
    const base = tokenize(doc.text)
    const layers = sortedLayers(doc)
    if (layers.length === 0) return [spacyLine(doc, null, base, converter, options, tally)]
    return layers.map((layer) => spacyLine(doc, layer, base, converter, options, tally))
  })
  return {
    files: [{ path: `${exportStem(options.projectName)}.spacy.jsonl`, content: lines.join('') }],
    warnings: tokenWarnings(tally),
  }
}

function spacyLine(
  doc: DatasetDocument,
  layer: ExportLayer | null,
  base: readonly Token[],
  converter: OffsetConverter,
  options: ExportOptions,
  tally: TokenTally,
): string {
  const unit = options.offsets
  const spans = layer === null ? [] : layerSpans(doc, layer, options.labels, unit, converter)
  const aligned = alignTokens(
    base,
    spans.map((item) => item.span),
  )
  tally.splitSpans += aligned.splitSpans
  tally.looseSpans += aligned.looseSpans
  const outSpans = []
  for (const [n, item] of spans.entries()) {
    const range = aligned.ranges[n]
    if (range === null || range === undefined) {
      tally.tokenless++
      continue
    }
    outSpans.push({
      start: item.start,
      end: item.end,
      label: item.label,
      token_start: range[0],
      token_end: range[1],
    })
  }
  const tokens = tokensJson(doc.text, aligned.tokens, converter, unit)
  const meta = {
    id: doc.entry.id,
    title: doc.entry.title,
    annotator: layer?.annotator ?? null,
    status: layer?.status ?? null,
    offsetUnit: unit,
  }
  // The bytes JSON.stringify gives for `{ text, tokens, spans, meta }`, with the tokens
  // written a chunk at a time (see `tokensJson`).
  return `{"text":${JSON.stringify(doc.text)},"tokens":${tokens},"spans":${JSON.stringify(outSpans)},"meta":${JSON.stringify(meta)}${catsField(layer, options)}}\n`
}

const TOKENS_PER_CHUNK = 2048

/**
 * `[{"text","start","end","id","ws"}, ...]` exactly as JSON.stringify writes the array, built
 * a chunk at a time so that the token objects of a book-length text die young instead of
 * all living at once (which cost more in garbage collection than writing them).
 */
function tokensJson(
  text: string,
  tokens: readonly Token[],
  converter: OffsetConverter,
  unit: ExportOptions['offsets'],
): string {
  const chunks: string[] = []
  for (let first = 0; first < tokens.length; first += TOKENS_PER_CHUNK) {
    const last = Math.min(tokens.length, first + TOKENS_PER_CHUNK)
    const chunk = []
    for (let id = first; id < last; id++) {
      const token = tokens[id] as Token
      chunk.push({
        text: text.slice(token.start, token.end),
        start: converter.fromUtf16(token.start, unit),
        end: converter.fromUtf16(token.end, unit),
        id,
        ws: followedBySpace(text, token.end),
      })
    }
    chunks.push(JSON.stringify(chunk).slice(1, -1))
  }
  return `[${chunks.join(',')}]`
}

const SPACE = /\s/u

/** Whether the UTF-16 unit at `index` is white space (`\s`); ASCII is answered without a regex. */
function followedBySpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13)
  return SPACE.test(text.charAt(index))
}

// After `meta`, in projects with document label categories only (see `spacyCats`).
function catsField(layer: ExportLayer | null, options: ExportOptions): string {
  const { cats } = spacyCats(layer, options)
  return cats === undefined ? '' : `,"cats":${JSON.stringify(cats)}`
}
