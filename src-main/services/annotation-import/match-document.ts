import type { ParsedDocument } from '../../core/formats/dataset'
import type { DocumentEntry } from '../../core/project/project'
import { docIdFromSha256 } from '../../core/project/doc-id'
import { titleFromText } from '../../core/text/document-title'
import { normalizeText } from '../../core/text/normalize-text'
import { sha256Hex } from '../project/document-text'
import { sourceFileName } from './input-files'

/** A project document an imported one matched (or will add), with its text. */
export interface MatchedDocument {
  readonly entry: DocumentEntry
  readonly text: string
}

/** Finds the project document for each parsed one, remembering what it matched and adds. */
export interface DocumentMatcher {
  /** The document, or why there is none (a sentence for the problem list). */
  find(document: ParsedDocument, file: string): Promise<MatchedDocument | string>
  /** Documents the project does not have yet, by id, in the order first met. */
  readonly added: ReadonlyMap<string, MatchedDocument>
  /** Ids of documents the project already had. */
  readonly matched: ReadonlySet<string>
}

const GLOSS_URN = /^urn:gloss:doc:([0-9a-f]{8,64})$/u
const PLAIN_ID = /^[0-9a-f]{8,64}$/u

/**
 * Matches by the docId of the document's normalised text (same text, same document, as on
 * article import); a new text becomes a new document titled from the file. A document
 * without text (W3C) is matched by its `sourceId`: `urn:gloss:doc:<docId>` or a plain docId.
 */
export function createDocumentMatcher(
  index: readonly DocumentEntry[],
  readText: (entry: DocumentEntry) => Promise<string>,
  now: string,
): DocumentMatcher {
  const byId = new Map(index.map((entry) => [entry.id, entry]))
  const texts = new Map<string, string>()
  const added = new Map<string, MatchedDocument>()
  const matched = new Set<string>()
  const found = (entry: DocumentEntry, text: string): MatchedDocument => {
    texts.set(entry.id, text)
    if (!added.has(entry.id)) matched.add(entry.id)
    return { entry, text }
  }

  const bySource = async (document: ParsedDocument): Promise<MatchedDocument | string> => {
    const id = idFromSource(document.sourceId)
    const entry = id === undefined ? undefined : byId.get(id)
    if (entry === undefined) {
      const source = document.sourceId === undefined ? '' : ` "${document.sourceId}"`
      return `the document${source} is not in this project and the file carries no text; import the article first`
    }
    return found(entry, texts.get(entry.id) ?? (await readText(entry)))
  }

  return {
    added,
    matched,
    async find(document, file) {
      if (document.text === '') return bySource(document)
      const text = normalizeText(document.text)
      if (text.trim() === '') return 'the document has no text'
      const sha256 = sha256Hex(text)
      const id = docIdFromSha256(sha256)
      const known = byId.get(id)
      if (known !== undefined) {
        if (known.sha256 === sha256) return found(known, text)
        return `the document has the same id (${id}) as "${known.title}" but a different text`
      }
      const entry: DocumentEntry = {
        id,
        title: titleFromText(document.title?.trim() || text, sourceFileName(file)),
        sourceName: sourceFileName(file),
        sha256,
        length: text.length,
        added: now,
      }
      byId.set(id, entry)
      added.set(id, { entry, text })
      texts.set(id, text)
      return { entry, text }
    },
  }
}

function idFromSource(sourceId: string | undefined): string | undefined {
  if (sourceId === undefined) return undefined
  const trimmed = sourceId.trim()
  return GLOSS_URN.exec(trimmed)?.[1] ?? (PLAIN_ID.test(trimmed) ? trimmed : undefined)
}
