import type { ImportProblem, InputFile } from './dataset'
import { problemAt } from './parse-problems'
import { untrustedJsonProblem } from './untrusted-json'
import { stopForProblems } from './cap-per-file'

/** One parsed line of a JSON Lines file, with its 1-based line number. */
export interface JsonLine {
  readonly line: number
  readonly value: unknown
}

const LINE_BREAK = /\r\n|\n|\r/

/**
 * Parses every non-blank line of a JSON Lines file. A line that is not JSON, or that
 * `untrustedJsonProblem` refuses (a `__proto__` key, absurd nesting), becomes a problem
 * (`bad JSON on line 4: Unexpected token '}'`) and the other lines are still read. Lazy, so
 * problems found on the way stay in line order with the caller's own.
 */
export function* readJsonLines(file: InputFile, problems: ImportProblem[]): Generator<JsonLine> {
  const lines = stripBom(file.text).split(LINE_BREAK)
  const before = problems.length
  for (let index = 0; index < lines.length; index += 1) {
    const source = lines[index] as string
    if (source.trim() === '') continue
    const line = index + 1
    if (stopForProblems(problems, before, file.name, `line ${line}`)) return
    let value: unknown
    try {
      value = JSON.parse(source)
    } catch (error) {
      const { reason, position } = jsonError(error)
      const detail = position === undefined ? reason : `${reason} at column ${position + 1}`
      problems.push(problemAt(file.name, undefined, line, `bad JSON on line ${line}: ${detail}`))
      continue
    }
    const refused = untrustedJsonProblem(value)
    if (refused !== null) {
      const detail = `line ${line} was skipped: ${refused}`
      problems.push(problemAt(file.name, undefined, line, detail))
      continue
    }
    yield { line, value }
  }
}

/**
 * Parses a whole JSON file; `undefined` (and a problem naming the line when the engine says
 * where) when it is not JSON, because nothing after a syntax error can be trusted, and when
 * `untrustedJsonProblem` refuses it.
 */
export function readJsonFile(file: InputFile, problems: ImportProblem[]): unknown {
  const text = stripBom(file.text)
  try {
    const value: unknown = JSON.parse(text)
    const refused = untrustedJsonProblem(value)
    if (refused === null) return value
    const detail = `nothing was imported from this file: ${refused}`
    problems.push(problemAt(file.name, undefined, undefined, detail))
    return undefined
  } catch (error) {
    const { reason, position } = jsonError(error)
    if (position === undefined) {
      problems.push(problemAt(file.name, undefined, undefined, `bad JSON: ${reason}`))
    } else {
      const line = lineOf(text, position)
      const column = position - text.lastIndexOf('\n', position - 1)
      problems.push(
        problemAt(
          file.name,
          undefined,
          line,
          `bad JSON on line ${line}: ${reason} at column ${column}`,
        ),
      )
    }
    return undefined
  }
}

/** Whether a file looks like JSON Lines rather than one JSON value. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = stripBom(text)
    .split(LINE_BREAK)
    .filter((line) => line.trim() !== '')
  if (lines.length < 2) return false
  try {
    JSON.parse(lines[0] as string)
    return true
  } catch {
    return false
  }
}

// V8's messages quote the input ("…" is not valid JSON) and count UTF-16 units from the
// start of the input: keep the reason, and the position to say where.
function jsonError(error: unknown): { reason: string; position?: number } {
  const message = errorMessage(error).replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
  const at = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message)
  if (at === null) return { reason: message }
  return { reason: message.slice(0, at.index), position: Number(at[1]) }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function lineOf(text: string, position: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line += 1
  }
  return line
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
