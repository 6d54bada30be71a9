/** True for characters a text file should not contain: C0/C1 controls other than whitespace, and DEL. */
function isControl(unit: number): boolean {
  if (unit < 0x20)
    return unit !== 0x09 && unit !== 0x0a && unit !== 0x0b && unit !== 0x0c && unit !== 0x0d
  return unit === 0x7f || (unit >= 0x80 && unit <= 0x9f)
}

/** How many control characters the decoded text holds (NUL included). */
export function countControls(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) count++
  return count
}

/**
 * Whether a decoded text has so many control characters that it is binary data decoded as
 * text. A stray control character in an article (a form feed, an old EOF marker) is tolerated;
 * more than 2% of the characters (and at least two) is not.
 */
export function looksBinary(text: string): boolean {
  const controls = countControls(text)
  return controls >= 2 && controls * 50 > text.length
}

/**
 * Whether bytes without a byte-order mark look like UTF-16: text in a Latin script then has a
 * zero in almost every other byte.
 */
export function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = bytes.length / 2
  const mostly = (zeros: number): boolean => zeros * 10 >= pairs * 7
  const rarely = (zeros: number): boolean => zeros * 10 <= pairs
  return (mostly(evenZeros) && rarely(oddZeros)) || (mostly(oddZeros) && rarely(evenZeros))
}
