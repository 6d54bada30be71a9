import type { ImportProblem } from '@core/formats/dataset'

/** "brat/a.ann, line 4 (T3)": where a problem is, as precisely as the parser knew. */
export function problemPlace(problem: ImportProblem): string {
  const line = problem.line === undefined ? '' : `, line ${problem.line}`
  const where = problem.where === undefined ? '' : ` (${problem.where})`
  return `${problem.file}${line}${where}`
}

/** "a.jsonl", "a.jsonl and b.jsonl", "a.ann, a.txt and 7 more". */
export function describePicked(names: readonly string[]): string {
  if (names.length === 0) return 'No files chosen'
  const shown = names.slice(0, 2)
  const more = names.length - shown.length
  if (more === 0) return shown.join(' and ')
  return `${shown.join(', ')} and ${more} more`
}
