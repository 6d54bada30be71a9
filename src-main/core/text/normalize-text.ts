/**
 * The one normalisation applied on import (DESIGN.md §4): drop a leading byte-order mark,
 * turn CRLF and lone CR into LF, compose to Unicode NFC. Nothing else: glued words, odd
 * punctuation and boilerplate stay, so highlights match what the article really says.
 */
export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC')
}
