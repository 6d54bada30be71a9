import { normalizeText } from '../text/normalize-text'
import type { ImportProblem, InputFile } from './dataset'
import { asIdText, isNonEmptyString, isObject, type JsonObject } from './parse-guards'
import { looksLikeJsonLines, readJsonFile, readJsonLines } from './parse-json'
import { describeValue, problemAt } from './parse-problems'

/** One article found in a `.json`/`.jsonl` corpus, its text normalised (`normalizeText`). */
export interface CorpusDocument {
  readonly text: string
  readonly title?: string
  /** The record's `id` (a string, or a number written out). */
  readonly sourceId?: string
  readonly meta?: Readonly<Record<string, unknown>>
}

export interface ParsedCorpus {
  readonly documents: readonly CorpusDocument[]
  readonly problems: readonly ImportProblem[]
}

/**
 * Reads an article corpus: `.jsonl` with one object per line, or `.json` holding a list of
 * objects, one object, or `{"data": [...]}` (other names: JSON Lines when the first line
 * parses on its own). Each object needs a `text` string; `id`, `title` and a `meta` object
 * are kept. Records that cannot be read are problems naming their line (JSONL) or position
 * in the list (`item 3`), and the other records are still returned.
 */
export function parseCorpus(file: InputFile): ParsedCorpus {
  const problems: ImportProblem[] = []
  const documents: CorpusDocument[] = []
  const add = (value: unknown, where: string, line: number | undefined): void => {
    const read = corpusDocument(value)
    if (typeof read === 'string') problems.push(problemAt(file.name, where, line, read))
    else documents.push(read)
  }
  const lower = file.name.toLowerCase()
  const jsonLines = lower.endsWith('.jsonl') || lower.endsWith('.ndjson')
  if (jsonLines || (!lower.endsWith('.json') && looksLikeJsonLines(file.text))) {
    for (const { line, value } of readJsonLines(file, problems)) add(value, `line ${line}`, line)
    return { documents, problems }
  }
  const value = readJsonFile(file, problems)
  if (value === undefined) return { documents, problems }
  const items = corpusItems(value)
  if (items === undefined) {
    const detail = `expected a list of articles with a "text" field, found ${describeValue(value)}`
    problems.push(problemAt(file.name, undefined, undefined, detail))
    return { documents, problems }
  }
  items.forEach((item, index) => add(item, `item ${index + 1}`, undefined))
  return { documents, problems }
}

function corpusItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (!isObject(value)) return undefined
  if (Array.isArray(value.data)) return value.data
  return 'text' in value ? [value] : undefined
}

function corpusDocument(value: unknown): CorpusDocument | string {
  if (!isObject(value))
    return `expected an object with a "text" field, found ${describeValue(value)}`
  if (typeof value.text !== 'string') {
    return `"text" is ${describeValue(value.text)}, not the article's text; skipped`
  }
  const text = normalizeText(value.text)
  if (text.trim() === '') return '"text" is empty; skipped'
  const sourceId = asIdText(value.id)
  const meta: JsonObject | undefined = isObject(value.meta) ? value.meta : undefined
  return {
    text,
    ...(isNonEmptyString(value.title) ? { title: value.title.trim() } : {}),
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(meta === undefined ? {} : { meta }),
  }
}
