import type { ImportProblem, InputFile } from './dataset'
import { createSkipCounter, problemAt, quote } from './parse-problems'
import { appendAll } from '../append-all'
import { stopForProblems } from './cap-per-file'

/** A `T` line: a label on one or more fragments `start end;start end`, as written. */
export interface BratTextBound {
  readonly id: string
  readonly label: string
  readonly fragments: readonly { readonly start: number; readonly end: number }[]
  /** The offsets as the line writes them, for messages. */
  readonly shown: string
  readonly text: string | undefined
  readonly line: number
}

/** An `A`/`M` line (`true` for a binary attribute) or a `#` note, by its target's id. */
export interface BratAttachment {
  readonly id: string
  readonly target: string
  readonly name: string
  readonly value: string | true
  readonly line: number
}

/** An `R` line: a relation of `type` from the `Arg1` text-bound to the `Arg2` one. */
export interface BratRelation {
  readonly id: string
  readonly type: string
  readonly from: string
  readonly to: string
  readonly line: number
}

export interface BratAnnotations {
  readonly textBounds: readonly BratTextBound[]
  readonly relations: readonly BratRelation[]
  readonly attributes: readonly BratAttachment[]
  readonly notes: readonly BratAttachment[]
}

const TEXT_BOUND_BODY = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/
const ATTRIBUTE_BODY = /^(\S+) (\S+)(?: (\S+))?$/
const NOTE_BODY = /^(\S+) (\S+)$/
// Role names are free in brat; Gloss (and its export) reads the first argument as the start.
const RELATION_BODY = /^(\S+) [^\s:]+:(\S+) [^\s:]+:(\S+)$/
const UNSUPPORTED: Readonly<Record<string, string>> = {
  E: 'events (E lines) are not supported',
  N: 'normalizations (N lines) are not supported',
  '*': 'equivalences (* lines) are not supported',
}

/**
 * Reads the lines of one `.ann` file (brat standoff). Lines that do not parse, repeated ids
 * and kinds Gloss cannot hold (events, normalizations, equivalences — reported
 * once per kind per file) become problems; the other lines are still read.
 */
export function readAnn(file: InputFile, problems: ImportProblem[]): BratAnnotations {
  const textBounds: BratTextBound[] = []
  const relations: BratRelation[] = []
  const attributes: BratAttachment[] = []
  const notes: BratAttachment[] = []
  const skips = createSkipCounter(file.name)
  const ids = new Set<string>()

  const before = problems.length
  const lines = file.text.split(/\r\n|\n|\r/)
  lines.every((source, index) => {
    const line = index + 1
    if (stopForProblems(problems, before, file.name, `line ${line}`)) return false
    readLine(source, line)
    return true
  })
  function readLine(source: string, line: number): void {
    if (source.trim() === '') return
    const [id = '', body = '', ...rest] = source.split('\t')
    const kind = id.charAt(0)
    const unsupported = UNSUPPORTED[kind]
    if (unsupported !== undefined) {
      skips.skip(kind, unsupported, line)
      return
    }
    const where = /^[TRAM#]\S*$/.test(id) ? `line ${line}, ${id}` : `line ${line}`
    const cannotParse = (): void => {
      problems.push(problemAt(file.name, where, line, `cannot parse ${quote(source)}`))
    }
    if (ids.has(id)) {
      problems.push(
        problemAt(file.name, where, line, `${id} is used twice; the second was skipped`),
      )
      return
    }
    if (kind === 'T') {
      const match = TEXT_BOUND_BODY.exec(body)
      if (match === null || id.length < 2 || rest.length > 1) return cannotParse()
      const shown = match[2] as string
      const fragments = shown.split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number)
        return { start: start as number, end: end as number }
      })
      textBounds.push({ id, label: match[1] as string, fragments, shown, text: rest[0], line })
    } else if (kind === 'R') {
      const match = RELATION_BODY.exec(body)
      if (match === null || id.length < 2 || rest.length > 0) return cannotParse()
      const [, type, from, to] = match as unknown as [string, string, string, string]
      relations.push({ id, type, from, to, line })
    } else if (kind === 'A' || kind === 'M') {
      const match = ATTRIBUTE_BODY.exec(body)
      if (match === null || id.length < 2 || rest.length > 0) return cannotParse()
      const [, name, target, value] = match as unknown as [string, string, string, string?]
      attributes.push({ id, name, target, value: value ?? true, line })
    } else if (kind === '#') {
      const match = NOTE_BODY.exec(body)
      if (match === null || rest.length === 0) return cannotParse()
      const [, name, target] = match as unknown as [string, string, string]
      notes.push({ id, name, target, value: rest.join('\t'), line })
    } else {
      return cannotParse()
    }
    ids.add(id)
  }
  appendAll(problems, skips.problems())
  return { textBounds, relations, attributes, notes }
}
