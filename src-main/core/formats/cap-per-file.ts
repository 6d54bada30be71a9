import type { ImportProblem } from './dataset'

/** How many problems (or refusals) an import lists for one file before summing up the rest. */
export const MAX_LISTED_PER_FILE = 100

/**
 * The items in their order with at most `MAX_LISTED_PER_FILE` of each file's `capped` ones,
 * and for a file with more, one item made by `more` saying how many were left out. A file of
 * a million bad lines is then reported in a hundred lines, not in a reply of a hundred
 * megabytes.
 */
export function capPerFile<T>(
  items: readonly T[],
  fileOf: (item: T) => string,
  more: (file: string, hidden: number) => T,
  capped: (item: T) => boolean = () => true,
): T[] {
  const listed: T[] = []
  const counts = new Map<string, number>()
  for (const item of items) {
    if (!capped(item)) {
      listed.push(item)
      continue
    }
    const file = fileOf(item)
    const count = (counts.get(file) ?? 0) + 1
    counts.set(file, count)
    if (count <= MAX_LISTED_PER_FILE) listed.push(item)
  }
  for (const [file, count] of counts) {
    if (count > MAX_LISTED_PER_FILE) listed.push(more(file, count - MAX_LISTED_PER_FILE))
  }
  return listed
}

/**
 * How many problems a parser collects in one file before it stops reading it: a file that
 * bad is not in the chosen format, and a million problems would take gigabytes to hold.
 */
export const MAX_PROBLEMS_PER_FILE = 10_000

/**
 * Whether `problems` gained `MAX_PROBLEMS_PER_FILE` since `before` (its length when the file
 * was started); if so, adds the problem that says reading stopped at `line` (or `where`).
 */
export function stopForProblems(
  problems: ImportProblem[],
  before: number,
  file: string,
  at: string,
): boolean {
  if (problems.length - before < MAX_PROBLEMS_PER_FILE) return false
  const count = MAX_PROBLEMS_PER_FILE.toLocaleString('en')
  problems.push({
    file,
    message: `Gloss stopped reading this file at ${at}, after ${count} problems; is it in the format chosen?`,
  })
  return true
}
