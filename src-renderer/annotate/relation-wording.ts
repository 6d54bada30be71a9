const QUOTE_MAX = 40

/** A span's text quoted short enough for one line. */
export function shortQuote(text: string): string {
  const chars = Array.from(text)
  return `'${chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : text}'`
}

/** "→ made by: 'Home Office'" from the span it starts at, "← made by: …" from its other end. */
export function relationLine(outgoing: boolean, typeName: string, otherText: string): string {
  return `${outgoing ? '→' : '←'} ${typeName}: ${shortQuote(otherText)}`
}
