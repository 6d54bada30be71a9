import { isSurrogateSplit } from '../text/offsets'
import type { Span } from './span'

const QUOTE_MAX = 40

/**
 * Whether a span fits its document's text. `null` when it does; otherwise why not, in words
 * for the analyst: offsets out of range or backwards, an offset inside a surrogate pair, or a
 * stored `text` that differs from what the offsets cover.
 */
export function checkSpan(text: string, span: Pick<Span, 'start' | 'end' | 'text'>): string | null {
  const { start, end } = span
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return `its offsets ${start}–${end} are not whole numbers`
  }
  if (start < 0) return `it starts at ${start}, before the start of the text`
  if (end > text.length) {
    return `it ends at ${end}, beyond the end of the text (${text.length} characters)`
  }
  if (end <= start) return `it covers no text (start ${start}, end ${end})`
  if (isSurrogateSplit(text, start)) return `its start ${start} splits a surrogate pair`
  if (isSurrogateSplit(text, end)) return `its end ${end} splits a surrogate pair`
  const covered = text.slice(start, end)
  if (covered !== span.text && covered.normalize('NFC') === span.text.normalize('NFC')) {
    return `its text ${quote(span.text)} matches the document at ${start}–${end} only after Unicode normalisation (accents are encoded differently)`
  }
  if (covered !== span.text) {
    return `its text ${quote(span.text)} does not match the document at ${start}–${end} (${quote(covered)})`
  }
  return null
}

function quote(text: string): string {
  const chars = Array.from(text)
  return JSON.stringify(chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : text)
}
