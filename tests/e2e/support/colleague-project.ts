import { DEFAULT_LABELS, type Label } from '../../../src-main/core/labels/label'
import { docIdFromSha256 } from '../../../src-main/core/project/doc-id'
import type { Handlers } from '../../../src-main/contract/endpoints'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { sha256Hex } from '../../../src-main/services/project/document-text'
import { callOk } from '../../support/call-ok'
import { phraseSpan } from '../../support/phrase-span'

/** A phrase of an article and the label id it gets. */
export type Tag = readonly [phrase: string, label: string]

export interface ColleagueArticle {
  readonly name: string
  readonly text: string
  readonly tags: readonly Tag[]
}

/** The id Gloss gives a (normalised) text. */
export const idOf = (text: string): string => docIdFromSha256(sha256Hex(text))

/** `annotator`'s spans on the phrases of `text`, as their Gloss saves them. */
export const spansOf = (annotator: string, text: string, tags: readonly Tag[]) =>
  tags.map(([phrase, label], index) =>
    phraseSpan(text, phrase, label, `${annotator}-${index + 1}`, '2026-02-01T09:00:00.000Z'),
  )

/**
 * A colleague's project made the way their Gloss makes it: the same services, importing each
 * article and saving the tags as `annotator`'s spans, with `extraLabels` added to the
 * default label set. Settings go to `dataDir`. Returns their Gloss, still open on the project.
 */
export async function makeColleagueProject(
  dir: string,
  dataDir: string,
  annotator: string,
  articles: readonly ColleagueArticle[],
  extraLabels: readonly Label[] = [],
): Promise<Handlers> {
  const handlers = createHandlers({
    ports: { host: 'web' },
    appState: await openAppState(dataDir),
    annotator,
  })
  await callOk(handlers, 'openProject', { path: dir, create: true })
  if (extraLabels.length > 0) {
    await callOk(handlers, 'updateProject', { labels: [...DEFAULT_LABELS, ...extraLabels] })
  }
  for (const { name, text, tags } of articles) {
    await callOk(handlers, 'importUploads', {
      files: [{ name, base64: Buffer.from(text).toString('base64') }],
    })
    const spans = spansOf(annotator, text, tags)
    if (spans.length === 0) continue
    await callOk(handlers, 'applySpanChanges', {
      docId: idOf(text),
      changes: { created: spans, updated: [], deleted: [] },
    })
  }
  return handlers
}
