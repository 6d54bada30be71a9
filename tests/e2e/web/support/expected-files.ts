import { readDocumentText, readIndex } from '../../support/project-files'

/** One span as a test states it: the phrase (its first occurrence) and what it carries. */
export interface PhraseSpan {
  readonly phrase: string
  readonly label: string
  readonly annotator: string
  readonly note?: string
}

/** Code-point offsets of the first occurrence of `phrase`: what Python's `text[start:end]` needs. */
export function codePointRange(text: string, phrase: string): { start: number; end: number } {
  const at = text.indexOf(phrase)
  if (at < 0) throw new Error(`"${phrase}" is not in the text`)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...phrase].length }
}

/** A project document as the tests need it: id, title and normalised text, in index order. */
export interface ProjectDocument {
  readonly id: string
  readonly title: string
  readonly sourceName: string
  readonly text: string
}

export async function projectDocuments(dir: string): Promise<ProjectDocument[]> {
  const index = await readIndex(dir)
  return Promise.all(
    (index?.documents ?? []).map(async (entry) => ({
      id: entry.id,
      title: entry.title,
      sourceName: entry.sourceName,
      text: await readDocumentText(dir, entry.id),
    })),
  )
}

/** RFC 4180: quoted when the value holds a comma, a quote or a line break; quotes doubled. */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
