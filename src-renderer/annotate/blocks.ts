/** A slice of the document text rendered as one element: `text.slice(start, end)`. */
export interface TextBlock {
  readonly start: number
  readonly end: number
}

// A cut shows as a line break inside the paragraph, so cut only paragraphs far longer than any
// news article's (scraped pages sometimes put a whole article on one line).
export const MAX_BLOCK_LENGTH = 10_000

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0 || code === 0x3000

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/** Where to end a chunk of a long paragraph: after a space if one is near, never inside a pair. */
function cutPoint(text: string, from: number, limit: number): number {
  const earliest = from + Math.floor((limit - from) / 2)
  for (let at = limit; at > earliest; at--) {
    if (isSpace(text.charCodeAt(at - 1))) return at
  }
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit
}

/**
 * Splits the text into blocks that together are exactly the text: one per line, each line
 * keeping the line breaks that follow it (so blank lines show), and lines longer than
 * `maxLength` cut further at a space. Virtualising these keeps a 1M-character article light.
 */
export function splitIntoBlocks(text: string, maxLength = MAX_BLOCK_LENGTH): readonly TextBlock[] {
  const blocks: TextBlock[] = []
  const length = text.length
  let start = 0
  while (start < length) {
    const lineBreak = text.indexOf('\n', start)
    let end = lineBreak < 0 ? length : lineBreak
    while (end < length && text.charCodeAt(end) === 0x0a) end++
    while (end - start > maxLength) {
      const cut = cutPoint(text, start, start + maxLength)
      blocks.push({ start, end: cut })
      start = cut
    }
    blocks.push({ start, end })
    start = end
  }
  return blocks
}

/** The index of the block holding `offset` (the last block for the end of the text). */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((blocks[mid] as TextBlock).start <= offset) low = mid
    else high = mid - 1
  }
  return low
}
