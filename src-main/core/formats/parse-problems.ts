import type { ImportProblem } from './dataset'
import type { OffsetUnit } from '../text/offsets'

const QUOTE_MAX = 40

/** How an offset unit reads in a message: `code points`, `UTF-16 units`, `bytes`. */
export function unitName(unit: OffsetUnit): string {
  return unit === 'codepoints' ? 'code points' : unit === 'utf16' ? 'UTF-16 units' : 'bytes'
}

/**
 * A problem whose message starts with where it is (`line 7, span 2: offsets 10–5 are
 * reversed`), so the message reads on its own; `line` and `where` are kept for sorting.
 */
export function problemAt(
  file: string,
  where: string | undefined,
  line: number | undefined,
  detail: string,
): ImportProblem {
  const message = where === undefined ? detail : `${where}: ${detail}`
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(where === undefined ? {} : { where }),
    message,
  }
}

/** A value quoted for a message: JSON string syntax, long texts cut with an ellipsis. */
export function quote(text: string): string {
  const chars = Array.from(text)
  return JSON.stringify(chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : text)
}

/** Any JSON value, short, for a message: `"abc"`, `12`, `null`, `[0,3]`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string') return quote(value)
  const json = JSON.stringify(value)
  if (json.length <= QUOTE_MAX) return json
  return Array.isArray(value) ? 'a list' : 'an object'
}

/** Counts skipped things of one kind per file, reported once at the first occurrence. */
export function createSkipCounter(file: string) {
  const kinds = new Map<string, { line: number | undefined; count: number; what: string }>()
  return {
    skip(kind: string, what: string, line?: number, count = 1): void {
      const seen = kinds.get(kind)
      if (seen === undefined) kinds.set(kind, { line, count, what })
      else seen.count += count
    },
    problems(): ImportProblem[] {
      return [...kinds.values()].map(({ line, count, what }) => {
        const at =
          line === undefined ? '' : count === 1 ? ` (line ${line})` : ` (first on line ${line})`
        return {
          file,
          ...(line === undefined ? {} : { line }),
          message: `${what}; skipped ${count === 1 ? 'it' : count}${at}`,
        }
      })
    },
  }
}
