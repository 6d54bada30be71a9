import { join } from 'node:path'

import type { Span } from '../../../../src-main/core/spans/span'
import { readAnnotationFile, readDocumentText, readIndex } from '../../support/project-files'
import { REPO_ROOT } from '../../support/paths'

/** A fixture article from tests/fixtures/articles (the core helper's hard cases). */
export const article = (name: string): string => join(REPO_ROOT, 'tests/fixtures/articles', name)

export const VIETNAMESE = article('vietnamese-nfc.txt')
export const EMOJI = article('emoji-astral.txt')
export const BOILERPLATE = article('boilerplate.txt')
export const BINARY = article('binary.png')

/** The id the project gave the document imported from `sourceName`. */
export async function docIdOf(dir: string, sourceName: string): Promise<string> {
  const entry = (await readIndex(dir))?.documents.find((doc) => doc.sourceName === sourceName)
  if (!entry) throw new Error(`${sourceName} is not in ${dir}/documents/index.json`)
  return entry.id
}

/** The annotator's spans on disk as `{ label, text }` with the text cut from the document by offsets. */
export async function spansOnDisk(
  dir: string,
  annotator: string,
  docId: string,
): Promise<{ label: string; text: string; sliced: string; note?: string }[]> {
  const file = await readAnnotationFile(dir, annotator, docId)
  if (!file) return []
  const text = await readDocumentText(dir, docId)
  return file.spans.map((span: Span) => ({
    label: span.label,
    text: span.text,
    sliced: text.slice(span.start, span.end),
    ...(span.note !== undefined && { note: span.note }),
  }))
}

/** The annotator's spans on disk with their offsets: `{ start, end, label, text }`. */
export async function rangesOnDisk(
  dir: string,
  annotator: string,
  docId: string,
): Promise<{ start: number; end: number; label: string; text: string }[]> {
  const file = await readAnnotationFile(dir, annotator, docId)
  return (file?.spans ?? []).map(({ start, end, label, text }: Span) => ({
    start,
    end,
    label,
    text,
  }))
}
