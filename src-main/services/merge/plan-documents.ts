import { readFile } from 'node:fs/promises'

import { GlossFailure } from '../../core/failure'
import type { MergeRefusal } from '../../core/project/merge-summary'
import type { DocumentEntry } from '../../core/project/project'
import { docIdFromSha256 } from '../../core/project/doc-id'
import { normalizeText } from '../../core/text/normalize-text'
import { mapLimit } from '../annotations/map-limit'
import type { ProjectStore } from '../project/project-store'

const PARALLEL_READS = 16

/** A document of theirs this project lacks, checked and ready to copy. */
export interface DocumentToAdd {
  readonly entry: DocumentEntry
  readonly text: string
  /** `false` when this project's documents folder already holds the text, unlisted. */
  readonly writeText: boolean
}

export interface DocumentPlan {
  /** In their index's order. */
  readonly added: readonly DocumentToAdd[]
  readonly refused: readonly MergeRefusal[]
  /** Why files about `docId` cannot be merged, or `null` when the document is here or added. */
  whyNot(docId: string): string | null
}

type Checked = DocumentToAdd | MergeRefusal | null

/**
 * Matches their documents to ours by id (a prefix of the sha256 of the normalised text, so
 * the same article has the same id in both). A document we lack is added after its text is
 * checked against its index entry; one with our id but another text is refused, and so is
 * everything about it.
 */
export async function planDocuments(
  ours: ProjectStore,
  theirs: ProjectStore,
): Promise<DocumentPlan> {
  const refused: MergeRefusal[] = []
  const ourIndex = new Map((await ours.readIndex()).documents.map((entry) => [entry.id, entry]))
  const theirIndex = await theirs.readIndex().catch((error: unknown) => {
    if (!(error instanceof GlossFailure)) throw error
    refused.push({
      item: 'documents/index.json',
      reason: `${error.message} No document is copied from it.`,
    })
    return { version: 1 as const, documents: [] }
  })
  const seen = new Set<string>()
  const entries = theirIndex.documents.filter((entry) => !seen.has(entry.id) && seen.add(entry.id))
  const unusable = new Map<string, string>()

  const refuse = (entry: DocumentEntry, reason: string, unusableWhy: string): MergeRefusal => {
    unusable.set(entry.id, unusableWhy)
    return { item: `documents/${entry.id}.txt`, reason }
  }

  const check = async (entry: DocumentEntry): Promise<Checked> => {
    const ourEntry = ourIndex.get(entry.id)
    if (ourEntry !== undefined) {
      if (ourEntry.sha256 === entry.sha256) return null
      return refuse(
        entry,
        `"${entry.title}" has the same id as "${ourEntry.title}" here but a different text, so it is not merged, nor anything about it`,
        `its document ${entry.id} has another text here than in their project`,
      )
    }
    const refused = `its document ${entry.id} was refused (see documents/${entry.id}.txt)`
    try {
      const text = await checkedText(theirs, entry)
      const present = await existingText(ours, entry.id)
      if (present !== null && present !== text) {
        return refuse(
          entry,
          `this project's ${ours.paths.documentText(entry.id)} holds another text, though its index does not list it; move that file aside to merge "${entry.title}"`,
          refused,
        )
      }
      return { entry, text, writeText: present === null }
    } catch (error) {
      if (!(error instanceof GlossFailure)) throw error
      return refuse(entry, error.message, refused)
    }
  }

  const added: DocumentToAdd[] = []
  for (const outcome of await mapLimit(entries, PARALLEL_READS, check)) {
    if (outcome === null) continue
    if ('reason' in outcome) refused.push(outcome)
    else added.push(outcome)
  }
  const usable = new Set([...ourIndex.keys(), ...added.map(({ entry }) => entry.id)])
  return {
    added,
    refused,
    // Refused first: a document with our id but their own text is "here" only by its id.
    whyNot: (docId) =>
      unusable.get(docId) ??
      (usable.has(docId)
        ? null
        : `document ${docId} is in neither project (no index lists it), so there is no text for it`),
  }
}

/** Their text, checked against everything their index says about it. */
async function checkedText(theirs: ProjectStore, entry: DocumentEntry): Promise<string> {
  const file = theirs.paths.documentText(entry.id)
  const broken = (why: string) =>
    new GlossFailure({ code: 'unreadable-file', message: `"${entry.title}" ${why}.`, file })
  if (docIdFromSha256(entry.sha256) !== entry.id) {
    throw broken(`has the id ${entry.id}, which is not the start of its text's sha256`)
  }
  // Checks the sha256, and says so when the text is missing or was edited.
  const text = await theirs.readText(entry)
  if (text.length !== entry.length) {
    throw broken(`has ${text.length} characters, though their index says ${entry.length}`)
  }
  if (normalizeText(text) !== text) {
    throw broken('is not stored as Gloss stores texts (line endings and Unicode composed)')
  }
  return text
}

async function existingText(ours: ProjectStore, docId: string): Promise<string | null> {
  if (!(await ours.hasText(docId))) return null
  return readFile(ours.paths.documentText(docId), 'utf8')
}
