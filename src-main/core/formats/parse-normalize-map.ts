import { normalizeText } from '../text/normalize-text'

/**
 * A text normalised as Gloss stores documents (`normalizeText`: no BOM, LF line breaks, NFC)
 * and a way to carry offsets across: `map(offset)` is where a UTF-16 offset into the original
 * text lands in the normalised one, or `null` when it falls inside something normalisation
 * rewrites (between CR and LF, between a letter and the accent NFC composes onto it).
 */
export interface NormalizedText {
  readonly text: string
  readonly map: (offset: number) => number | null
}

// A stretch normalisation may rewrite as a whole: CR LF, a lone CR, or a character with the
// combining marks (and Hangul vowel/final jamo) that follow it, which NFC may compose or reorder.
const CLUSTER = /\r\n?|[^\p{M}\u1160-\u11ff][\p{M}\u1160-\u11ff]*|[\p{M}\u1160-\u11ff]+/gsu
const STABLE_BELOW = 0x300

interface Rewrite {
  readonly from: number
  readonly to: number
  readonly normalizedFrom: number
  readonly normalizedTo: number
}

/** See `NormalizedText`. Costs nothing extra for text that is already normalised. */
export function normalizeWithMap(raw: string): NormalizedText {
  const text = normalizeText(raw)
  if (text === raw) return { text, map: (offset) => offset }

  const rewrites: Rewrite[] = []
  let rebuilt = ''
  for (const match of raw.matchAll(CLUSTER)) {
    const cluster = match[0]
    const from = match.index
    const unchanged =
      cluster.length === 1 && cluster.charCodeAt(0) < STABLE_BELOW && cluster !== '\r'
    const normalized = unchanged ? cluster : normalizeCluster(cluster, from === 0)
    if (normalized !== cluster) {
      rewrites.push({
        from,
        to: from + cluster.length,
        normalizedFrom: rebuilt.length,
        normalizedTo: rebuilt.length + normalized.length,
      })
    }
    rebuilt += normalized
  }
  // The clusters are a safe approximation of where NFC acts; if it was not enough, refuse to
  // guess rather than move spans.
  if (rebuilt !== text) return { text, map: (offset) => (offset === 0 ? 0 : null) }

  return {
    text,
    map(offset) {
      let low = 0
      let high = rewrites.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((rewrites[middle] as Rewrite).from <= offset) low = middle + 1
        else high = middle
      }
      if (low === 0) return offset
      const rewrite = rewrites[low - 1] as Rewrite
      if (offset === rewrite.from) return rewrite.normalizedFrom
      if (offset < rewrite.to) return null
      return offset - rewrite.to + rewrite.normalizedTo
    },
  }
}

// normalizeText, one cluster at a time: only the text's first character may be a dropped BOM.
function normalizeCluster(cluster: string, first: boolean): string {
  const withoutBom = first && cluster.charCodeAt(0) === 0xfeff ? cluster.slice(1) : cluster
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC')
}
