import { charAt, previousStart } from './code-points'
import { isWhitespace } from './word-chars'

// Each closing mark and the opening mark it closes. Straight quotes close themselves.
const OPENER_OF: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '»': '«',
  '”': '“',
  '’': '‘',
  '"': '"',
  "'": "'",
}
const OPENERS = new Set(Object.values(OPENER_OF))
// Single quotes double as apostrophes ("UK’s", "analysts’ notes", "the ’90s"), so they count
// only when they pair up; a lone one is left alone instead of cutting a selection at it.
const SINGLE_QUOTES = new Set(['‘', '’', "'"])
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]/u

/** Whether `ch` is a bracket or quotation mark that comes in pairs. */
export const isPairMark = (ch: string): boolean => ch in OPENER_OF || OPENERS.has(ch)

/** The pairs of marks in `[from, to)` of `text`, matched as a reader would match them. */
export interface PairMarks {
  /** Each mark's partner (both ways round); a mark without one is in `lone`. */
  readonly partner: ReadonlyMap<number, number>
  /** Marks that found no partner in the stretch; single quotes never are (see above). */
  readonly lone: ReadonlySet<number>
}

/** An opening mark waiting for its closing mark. */
interface Waiting {
  readonly mark: string
  readonly at: number
}

/**
 * Matches brackets and quotation marks in `[from, to)`: an opening mark waits on a stack
 * for the closing mark of its kind; a closing mark with no such opener, and openers left
 * over (or skipped by a closer further out), are lone. Straight quotes open or close by the
 * spaces around them, and close a pending quote of their kind when that does not tell.
 */
export function matchPairMarks(text: string, from: number, to: number): PairMarks {
  const stack: Waiting[] = []
  const partner = new Map<number, number>()
  const lone = new Set<number>()
  const pending = (mark: string): boolean => stack.some((entry) => entry.mark === mark)
  // Pair marks are all single UTF-16 units, so stepping by unit never mistakes half a pair.
  for (let at = from; at < to; at++) {
    const role = roleOf(text, at, pending)
    if (role === 'open') stack.push({ mark: text.charAt(at), at })
    if (role !== 'close') continue
    const opener = OPENER_OF[text.charAt(at)]
    const k = stack.findLastIndex((entry) => entry.mark === opener)
    if (k < 0) {
      lone.add(at)
      continue
    }
    const [open, ...skipped] = stack.splice(k) as [Waiting, ...Waiting[]]
    for (const entry of skipped) lone.add(entry.at)
    partner.set(at, open.at).set(open.at, at)
  }
  for (const entry of stack) lone.add(entry.at)
  for (const at of lone) if (SINGLE_QUOTES.has(text.charAt(at))) lone.delete(at)
  return { partner, lone }
}

type Role = 'open' | 'close' | null

/** Whether the mark at `at` opens, closes, or is no pair mark here (an apostrophe). */
function roleOf(text: string, at: number, pending: (mark: string) => boolean): Role {
  const mark = text.charAt(at)
  if (!isPairMark(mark)) return null
  const before = charAt(text, previousStart(text, at))
  const after = charAt(text, at + 1)
  if (mark === '’' || mark === "'") {
    // Between letters it is an apostrophe ("UK’s", "Hawai'i").
    if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return null
    if (pending(mark === '’' ? '‘' : "'")) return 'close'
    return mark === "'" && opensHere(before, after) ? 'open' : null
  }
  if (mark === '"') {
    const opens = opensHere(before, after)
    const closes = closesHere(before, after)
    if (opens !== closes) return opens ? 'open' : 'close'
    return pending('"') ? 'close' : 'open'
  }
  return OPENERS.has(mark) ? 'open' : 'close'
}

// A straight quote opens after a space (or the start, or another opening mark) with text
// right after it, and closes after text with a space, the end or punctuation after it.
const opensHere = (before: string, after: string): boolean =>
  (before === '' || isWhitespace(before) || OPENERS.has(before)) &&
  after !== '' &&
  !isWhitespace(after)

const closesHere = (before: string, after: string): boolean =>
  before !== '' && !isWhitespace(before) && !LETTER_OR_DIGIT.test(after)
