/** How far from its stated offsets an imported span's text may be found and still be placed. */
export const NEARBY = 200

/**
 * Where `quote` stands in `text` near `start`: the nearest occurrence starting within 200
 * characters of it, or else the only occurrence anywhere; `null` when neither (nowhere, or in
 * several far places, none of which is more likely than another).
 */
export function findNearby(text: string, quote: string, start: number): number | null {
  if (quote === '') return null
  let nearest: number | null = null
  let count = 0
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    count++
    const distance = Math.abs(at - start)
    if (distance <= NEARBY && (nearest === null || distance < Math.abs(nearest - start))) {
      nearest = at
    }
  }
  if (nearest !== null) return nearest
  return count === 1 ? text.indexOf(quote) : null
}
