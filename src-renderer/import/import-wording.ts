import type { ImportProblem } from '@core/formats/dataset'

/**
 * "brat/a.ann, line 4 (T3)": where a problem is, as precisely as the parser knew. The
 * parsers' messages usually start with the place already ("line 7, span 2: …"); then the
 * file alone is added, so nothing is said twice.
 */
export function problemPlace(problem: ImportProblem): string {
  const { file, line, where, message } = problem
  if (where !== undefined && message.startsWith(where)) return file
  if (line !== undefined && message.startsWith(`line ${line}`)) return file
  const lineText = line === undefined ? '' : `, line ${line}`
  const whereText = where === undefined || where === `line ${line}` ? '' : ` (${where})`
  return `${file}${lineText}${whereText}`
}

/** "a.jsonl", "a.jsonl and b.jsonl", "a.ann, a.txt and 7 more". */
export function describePicked(names: readonly string[]): string {
  if (names.length === 0) return 'No files chosen'
  const shown = names.slice(0, 2)
  const more = names.length - shown.length
  if (more === 0) return shown.join(' and ')
  return `${shown.join(', ')} and ${more} more`
}
