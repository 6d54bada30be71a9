import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'

import type { ImportOutcome, ImportSummary } from '../../contract/endpoints'
import { relativePathProblem } from '../../core/files/file-names'
import { capPerFile } from '../../core/formats/cap-per-file'
import type { DocumentEntry } from '../../core/project/project'
import { docIdFromSha256 } from '../../core/project/doc-id'
import { decodeBytes } from '../../core/text/decode-bytes'
import { sha256Hex } from '../project/document-text'
import type { ProjectStore } from '../project/project-store'
import type { TextWriter } from '../project/text-writer'
import { readErrorReason } from '../storage/io-failure'
import { carryAnnotations } from './carry-annotations'
import { extensionProblem, MAX_IMPORT_BYTES } from './import-rules'
import { readArticles, type Article } from './read-articles'
import { createVersionTracker, type VersionTracker } from './version-tracker'

/** One file to import: where it came from (shown to the analyst), its name and its bytes. */
export interface ImportSource {
  readonly source: string
  readonly name: string
  /** The bytes, or why they cannot be had (a sentence completion, like refusal reasons). */
  readonly read: () => Promise<Uint8Array | { readonly problem: string }>
}

/** A file on disk as an import source. */
export const fileSource = (path: string): ImportSource => ({
  source: path,
  name: basename(path),
  async read() {
    try {
      const { size } = await stat(path)
      if (size > MAX_IMPORT_BYTES) return { problem: tooLarge(size) }
      return await readFile(path)
    } catch (error) {
      return { problem: `could not be read (${readErrorReason(error)})` }
    }
  },
})

/**
 * Bytes sent by the UI (drag-and-drop or a browser file field) as an import source. Its name
 * (a folder upload's relative path) is a stranger's: one that is no safe relative path on
 * every OS (`..`, `C:\\`, `CON`, …) is refused, though nothing opens it, so that no such name
 * reaches the project's records.
 */
export const uploadSource = (name: string, bytes: Uint8Array): ImportSource => ({
  source: name,
  name: basename(name.replaceAll('\\', '/')),
  async read() {
    const problem = relativePathProblem(name)
    if (problem !== null) return { problem: `has a name Gloss does not accept (${problem})` }
    return bytes.length > MAX_IMPORT_BYTES ? { problem: tooLarge(bytes.length) } : bytes
  },
})

const tooLarge = (size: number): string =>
  `is ${Math.ceil(size / 1024 / 1024)} MB, larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB Gloss imports; split it into smaller files`

/** How far an import has got: `done` of `total` files read. */
export type ImportProgress = (done: number, total: number) => void

// A long import (the gloss command on a folder of 10,000 articles) indexes what it has
// written every so often, so an interrupted run keeps most of its work in the list.
const INDEX_EVERY = 1_000

/**
 * Imports article files into the project (DESIGN.md §4): decode, normalise, id from the
 * sha256 of the normalised text. An article already in the project is a duplicate; a file
 * that cannot be imported is refused with the reason and the rest go on. Files are read one
 * at a time (memory stays flat however many there are); texts are written a few at a time,
 * and the index is updated once they are on disk: at the end, and every 1,000 articles.
 */
export async function importDocuments(
  store: ProjectStore,
  sources: readonly ImportSource[],
  alreadyRefused: readonly ImportOutcome[] = [],
  onProgress?: ImportProgress,
): Promise<ImportSummary> {
  const { documents } = await store.readIndex()
  const known = new Map(documents.map((entry) => [entry.id, entry]))
  const context: FileContext = { store, known, versions: createVersionTracker(documents) }
  const outcomes: ImportOutcome[] = [...alreadyRefused]
  let batch = newBatch(store)
  const index = async (): Promise<void> => {
    const { writer, entries, carries } = batch
    batch = newBatch(store)
    const written = new Set(await writer.finish())
    // Only what is on disk: a text whose write failed is not listed (the failure is thrown).
    const listed = entries.filter((entry) => written.has(entry.id))
    if (listed.length > 0) await store.addDocuments(listed)
    // Once listed, a new version gets the spans of the one it replaces.
    for (const { at, previous, entry } of carries.filter((carry) => written.has(carry.entry.id))) {
      const reanchor = await carryAnnotations(store, previous, entry, entry.added)
      outcomes[at] = { ...(outcomes[at] as ImportOutcome), reanchor }
    }
  }
  try {
    for (const [done, item] of sources.entries()) {
      for (const { outcome, entry, previous } of await importFile(batch.writer, context, item)) {
        outcomes.push(outcome)
        if (entry !== undefined) batch.entries.push(entry)
        if (entry !== undefined && previous !== undefined) {
          batch.carries.push({ at: outcomes.length - 1, previous, entry })
        }
      }
      if (batch.entries.length >= INDEX_EVERY) await index()
      onProgress?.(done + 1, sources.length)
    }
  } catch (error) {
    // Keep what was written before the failure (the disk filled up, say) in the index.
    await index().catch(() => undefined)
    throw error
  }
  await index()
  return summarise(outcomes)
}

/** A new version to give its previous version's spans, and where its outcome is. */
interface Carry {
  readonly at: number
  readonly previous: DocumentEntry
  readonly entry: DocumentEntry
}

interface Batch {
  readonly writer: TextWriter
  readonly entries: DocumentEntry[]
  readonly carries: Carry[]
}

const newBatch = (store: ProjectStore): Batch => ({
  writer: store.textWriter(),
  entries: [],
  carries: [],
})

/** What an import knows of the project as it goes. */
interface FileContext {
  readonly store: ProjectStore
  readonly known: Map<string, DocumentEntry>
  readonly versions: VersionTracker
}

interface Imported {
  readonly outcome: ImportOutcome
  /** The new index entry, when the article is new to the project. */
  readonly entry?: DocumentEntry
  /** The document the new entry is a new version of. */
  readonly previous?: DocumentEntry
}

/** Imports the articles of one file, adding the new ones to `known` as it goes. */
async function importFile(
  writer: TextWriter,
  { store, known, versions }: FileContext,
  item: ImportSource,
): Promise<Imported[]> {
  const refused = (reason: string): Imported => ({
    outcome: { source: item.source, result: 'refused', reason },
  })
  const typeProblem = extensionProblem(item.name)
  if (typeProblem !== null) return [refused(typeProblem)]
  const bytes = await item.read()
  if (!(bytes instanceof Uint8Array)) return [refused(bytes.problem)]
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return [refused(decoded.reason)]
  const { articles, refusals } = readArticles(item.name, decoded.text)
  const imported: Imported[] = refusals.map(refused)
  if (articles.length === 0 && refusals.length === 0) return [refused('is empty')]
  // One at a time: a corpus may hold the same article twice, and `known` must see the first.
  for (const article of articles) {
    const previous = versions.previousOf(article, articles.length)
    const one = await importArticle(writer, store, known, item, article, previous)
    if (one.entry !== undefined) {
      known.set(one.entry.id, one.entry)
      versions.add(one.entry)
    }
    imported.push(one)
  }
  return imported
}

async function importArticle(
  writer: TextWriter,
  store: ProjectStore,
  known: ReadonlyMap<string, DocumentEntry>,
  item: ImportSource,
  article: Article,
  previous: DocumentEntry | undefined,
): Promise<Imported> {
  const { text } = article
  if (text.trim() === '') {
    return { outcome: { source: item.source, result: 'refused', reason: 'is empty' } }
  }
  const sha256 = sha256Hex(text)
  const id = docIdFromSha256(sha256)
  const existing = known.get(id)
  if (existing !== undefined) {
    if (existing.sha256 !== sha256) {
      return {
        outcome: {
          source: item.source,
          result: 'refused',
          reason: `has the same id (${id}) as "${existing.title}" but a different text`,
        },
      }
    }
    // A text lost from documents/ comes back from the same article; its spans still fit.
    // One this import wrote may still be on its way to disk.
    const restored = !writer.has(id) && !(await store.hasText(id))
    if (restored) await writer.write(id, text)
    const result = restored ? 'imported' : 'duplicate'
    return { outcome: { source: item.source, result, docId: id, title: existing.title } }
  }
  const entry: DocumentEntry = {
    id,
    title: article.title,
    sourceName: article.sourceName,
    sha256,
    length: text.length,
    added: new Date().toISOString(),
    ...(previous !== undefined && { replaces: previous.id }),
  }
  await writer.write(id, text)
  return {
    outcome: { source: item.source, result: 'imported', docId: id, title: entry.title },
    entry,
    ...(previous !== undefined && { previous }),
  }
}

// Counted in full; refusals listed capped, so a corpus of a million bad records is a short
// reply. Imported and duplicate articles are all listed (the CLI prints each).
function summarise(outcomes: readonly ImportOutcome[]): ImportSummary {
  const count = (result: ImportOutcome['result']) =>
    outcomes.filter((outcome) => outcome.result === result).length
  return {
    imported: count('imported'),
    duplicates: count('duplicate'),
    refused: count('refused'),
    outcomes: capPerFile(
      outcomes,
      (outcome) => outcome.source,
      (source, hidden) => ({
        source,
        result: 'refused',
        reason: `has ${hidden.toLocaleString('en')} more records refused, not listed`,
      }),
      (outcome) => outcome.result === 'refused',
    ),
  }
}
