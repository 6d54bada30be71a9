import type { OffsetUnit } from '../text/offsets'

const UNIT_WORDS: readonly (readonly [RegExp, OffsetUnit])[] = [
  [/code ?points?/i, 'codepoints'],
  [/utf-?16/i, 'utf16'],
  [/bytes?|utf-?8/i, 'bytes'],
]

/**
 * The offset unit an `annotation.conf` states in a comment line starting `# offsets` (Gloss
 * writes one, e.g. `# offsets: Unicode code points`), or `undefined` when none does. brat
 * itself ignores comments, so the file stays valid for brat.
 */
export function bratConfUnit(conf: string): OffsetUnit | undefined {
  for (const line of conf.split(/\r\n|\n|\r/)) {
    if (!/^\s*#\s*offsets?\b/i.test(line)) continue
    for (const [words, unit] of UNIT_WORDS) if (words.test(line)) return unit
  }
  return undefined
}
