/** The whole code point that starts at `index` (both halves of a surrogate pair). */
export function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

/** The start index of the code point that ends at `index`, or -1 at the start of the text. */
export function previousStart(text: string, index: number): number {
  if (index <= 0) return -1
  const low = text.charCodeAt(index - 1)
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return index - 2
  }
  return index - 1
}
