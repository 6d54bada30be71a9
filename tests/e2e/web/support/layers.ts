import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { readDocumentText } from '../../support/project-files'
import { docIdOf } from './articles'

/** A phrase of the article and the label id it gets. */
export type Tag = readonly [phrase: string, label: string]

/** A relation between two of the layer's tags, by their places in the list, and its type id. */
export type Link = readonly [from: number, to: number, type: string]

/**
 * A colleague's annotations file for the article imported from `sourceName`, as their copy of
 * Gloss writes it (arriving through a shared folder or a merge). Returns the document id.
 */
export async function writeLayer(
  dir: string,
  annotator: string,
  sourceName: string,
  tags: readonly Tag[],
  links: readonly Link[] = [],
): Promise<string> {
  const docId = await docIdOf(dir, sourceName)
  const text = await readDocumentText(dir, docId)
  const now = '2026-01-02T03:04:05.000Z'
  const spans = tags.map(([phrase, label], index) => {
    const start = text.indexOf(phrase)
    if (start < 0) throw new Error(`"${phrase}" is not in ${sourceName}`)
    return {
      id: `${annotator}-${index + 1}`,
      start,
      end: start + phrase.length,
      label,
      text: phrase,
      createdAt: now,
      updatedAt: now,
    }
  })
  await mkdir(join(dir, 'annotations', annotator), { recursive: true })
  await writeFile(
    join(dir, 'annotations', annotator, `${docId}.json`),
    JSON.stringify({
      version: 1,
      docId,
      annotator,
      status: 'done',
      spans,
      ...(links.length > 0 && {
        relations: links.map(([from, to, type], index) => ({
          id: `${annotator}-r${index + 1}`,
          type,
          from: spans[from]?.id,
          to: spans[to]?.id,
          createdAt: now,
        })),
      }),
      updatedAt: now,
    }),
  )
  return docId
}
