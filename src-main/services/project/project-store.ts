import { mkdir, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'

import { annotatorSchema } from '../../contract/schemas'
import { GlossFailure } from '../../core/failure'
import { defaultProjectFile } from '../../core/project/defaults'
import type { DocumentEntry, DocumentIndexFile, ProjectFile } from '../../core/project/project'
import type { AnnotationFile } from '../../core/spans/span'
import { writeFileAtomic } from '../storage/atomic-write'
import { unreadableFile, writeFailure } from '../storage/io-failure'
import { jsonFiles as sharedJsonFiles, type Edited, type JsonFiles } from '../storage/json-file'
import { withSharedFilesLock } from '../locks/shared-files-lock'
import type { AnnotationEdit } from './annotation-edits'
import { ANNOTATION_FILE, DOCUMENT_INDEX, PROJECT_FILE } from './file-kinds'
import { ANNOTATION_FILE_NAME, expectFolder, listFolder, makeFolder } from './folders'
import { projectPaths, type ProjectPaths } from './project-paths'
import { createTextCache } from './document-text'
import { entriesById } from './entries-by-id'
import { sweepProjectTemps } from './sweep-project-temps'
import { createTextWriter, type TextWriter } from './text-writer'

/**
 * A project folder on disk (DESIGN.md §3). Every read sees the disk as it is now (what was
 * read is kept while a file's stamp shows it unchanged), every write is atomic.
 */
export interface ProjectStore {
  readonly paths: ProjectPaths
  /** The one-writer-per-path registry this store writes through, for files kept by other services. */
  readonly files: JsonFiles
  readProject(): Promise<ProjectFile>
  updateProject(change: (project: ProjectFile) => ProjectFile): Promise<ProjectFile>
  readIndex(): Promise<DocumentIndexFile>
  /** Appends entries to the index in one write; ids it lists already are passed over. */
  addDocuments(entries: readonly DocumentEntry[]): Promise<DocumentIndexFile>
  /**
   * A read-modify-write of the index under the shared-files lock: `change` sees the index as
   * it is on disk now, so another program's entries added meanwhile are kept.
   */
  updateIndex(change: (index: DocumentIndexFile) => DocumentIndexFile): Promise<DocumentIndexFile>
  /** The entry for `docId`, or a `not-found` failure. */
  findDocument(docId: string): Promise<DocumentEntry>
  /** The document's text, checked against its index entry. */
  readText(entry: DocumentEntry): Promise<string>
  /** Writes a document's text once, at import. */
  writeText(docId: string, text: string): Promise<void>
  /** Writes many texts (an import): a few at a time, the folder synced once at the end. */
  textWriter(): TextWriter
  hasText(docId: string): Promise<boolean>
  readAnnotations(annotator: string, docId: string): Promise<AnnotationFile | null>
  updateAnnotations(
    annotator: string,
    docId: string,
    change: (current: AnnotationFile | null) => AnnotationFile,
  ): Promise<AnnotationFile>
  /**
   * Like `updateAnnotations`, with the edit `make` applied: on a large file the edit is
   * appended to `<docId>.edits.jsonl` instead of rewriting the file (see edit-log.ts).
   */
  editAnnotations(
    annotator: string,
    docId: string,
    make: (current: AnnotationFile | null) => Edited<AnnotationFile, AnnotationEdit>,
  ): Promise<AnnotationFile>
  /** The documents the annotator has a file for, by id (from the folder, sorted). */
  listAnnotatedDocIds(annotator: string): Promise<string[]>
  /** Annotators with a folder under `annotations/` (never `_gold` or hidden folders), sorted. */
  listAnnotators(): Promise<string[]>
  /**
   * Runs `work` as the one writer of these layers (annotator names, `_gold`), through the
   * store's `layerGate`; every annotations write passes through it for its own layer.
   */
  asWriterOf<R>(layers: readonly string[], work: () => Promise<R>): Promise<R>
}

/** Decides who may write a layer: one writer per layer across processes (locks/layer-locks.ts). */
export type LayerGate = <R>(layers: readonly string[], work: () => Promise<R>) => Promise<R>

export interface OpenProjectOptions {
  /** Make the folder and a new project in it when it has no `gloss.json`. */
  readonly create: boolean
  readonly files?: JsonFiles
  /** Default: none (a store that only reads, or a test's). */
  readonly layerGate?: LayerGate
}

/**
 * Opens the project in `folder`. Without `create`, a folder with no `gloss.json` is a
 * `not-found` failure; with it, the folder and a default project are made.
 */
export async function openProjectStore(
  folder: string,
  options: OpenProjectOptions,
): Promise<ProjectStore> {
  const paths = projectPaths(resolve(folder))
  const files = options.files ?? sharedJsonFiles
  const store = createProjectStore(paths, files, options.layerGate ?? ((_layers, work) => work()))
  await expectFolder(paths.root, options.create)
  const project = await files.file(paths.projectFile, PROJECT_FILE).read()
  if (project !== null) {
    // Temp files of writes a crash cut short would otherwise pile up in the folder.
    await sweepProjectTemps(paths)
    return store
  }
  if (!options.create) {
    throw new GlossFailure({
      code: 'not-found',
      message: `${paths.root} is not a Gloss project: it has no gloss.json.`,
      file: paths.root,
      hint: 'Choose the folder that contains gloss.json, or create a new project there.',
    })
  }
  await makeFolder(paths.documentsDir)
  await makeFolder(paths.annotationsDir)
  // Two programs may create the project at once: each file is made under the shared lock.
  await withSharedFilesLock(paths.root, paths.indexFile, () =>
    files
      .file(paths.indexFile, DOCUMENT_INDEX)
      .update((current) => current ?? { version: 1, documents: [] }),
  )
  await withSharedFilesLock(paths.root, paths.projectFile, () =>
    files
      .file(paths.projectFile, PROJECT_FILE)
      .update((current) => current ?? defaultProjectFile(basename(paths.root))),
  )
  return store
}

function createProjectStore(paths: ProjectPaths, files: JsonFiles, gate: LayerGate): ProjectStore {
  const projectFile = files.file(paths.projectFile, PROJECT_FILE)
  const indexFile = files.file(paths.indexFile, DOCUMENT_INDEX)
  const annotations = (annotator: string, docId: string) =>
    files.editable(paths.annotationFile(annotator, docId), ANNOTATION_FILE)
  const texts = createTextCache()
  // The annotator's folder made, and the change guarded: a file about another document is
  // never written.
  const writable = async (annotator: string, docId: string) => {
    const handle = annotations(annotator, docId)
    await makeFolder(resolve(handle.path, '..'))
    const checked =
      <R>(change: (current: AnnotationFile | null) => R) =>
      (current: AnnotationFile | null): R => {
        if (current !== null && current.docId !== docId) {
          throw unreadableFile(handle.path, `it holds the annotations of document ${current.docId}`)
        }
        return change(current)
      }
    return { handle, checked }
  }

  const readProject = async (): Promise<ProjectFile> => {
    const project = await projectFile.read()
    if (project === null) throw missingProject(paths)
    return project
  }
  const readIndex = async (): Promise<DocumentIndexFile> =>
    (await indexFile.read()) ?? { version: 1, documents: [] }
  const updateIndex = (change: (index: DocumentIndexFile) => DocumentIndexFile) =>
    withSharedFilesLock(paths.root, paths.indexFile, () =>
      indexFile.update((current) => change(current ?? { version: 1, documents: [] })),
    )

  return {
    paths,
    files,
    readProject,
    // Read and written under the shared-files lock: another program's update is read, not lost.
    updateProject: (change) =>
      withSharedFilesLock(paths.root, paths.projectFile, () =>
        projectFile.update((current) => {
          if (current === null) throw missingProject(paths)
          return change(current)
        }),
      ),
    readIndex,
    updateIndex,
    addDocuments: (entries) =>
      updateIndex(({ documents }) => {
        // Another import or merge may have listed one since the caller read the index.
        const listed = new Set(documents.map((entry) => entry.id))
        return {
          version: 1,
          documents: [...documents, ...entries.filter((entry) => !listed.has(entry.id))],
        }
      }),
    async findDocument(docId) {
      const entry = entriesById(await readIndex()).get(docId)
      if (entry !== undefined) return entry
      throw noSuchDocument(docId)
    },
    readText: (entry) => texts.read(paths.documentText(entry.id), entry),
    async writeText(docId, text) {
      const file = paths.documentText(docId)
      try {
        await mkdir(paths.documentsDir, { recursive: true })
        await writeFileAtomic(file, text)
      } catch (error) {
        throw writeFailure(file, error)
      }
    },
    textWriter: () => createTextWriter(paths),
    async hasText(docId) {
      try {
        return (await stat(paths.documentText(docId))).isFile()
      } catch {
        return false
      }
    },
    async readAnnotations(annotator, docId) {
      const file = await annotations(annotator, docId).read()
      if (file !== null && file.docId !== docId) {
        throw unreadableFile(
          paths.annotationFile(annotator, docId),
          `it holds the annotations of document ${file.docId}, not ${docId}`,
        )
      }
      return file
    },
    async updateAnnotations(annotator, docId, change) {
      return gate([annotator], async () => {
        const { handle, checked } = await writable(annotator, docId)
        return handle.update(checked(change))
      })
    },
    async editAnnotations(annotator, docId, make) {
      return gate([annotator], async () => {
        const { handle, checked } = await writable(annotator, docId)
        return handle.edit(checked(make))
      })
    },
    async listAnnotatedDocIds(annotator) {
      const entries = await listFolder(resolve(paths.annotationsDir, annotator))
      return entries
        .filter((entry) => entry.isFile() && ANNOTATION_FILE_NAME.test(entry.name))
        .map((entry) => entry.name.slice(0, -'.json'.length))
        .sort()
    },
    async listAnnotators() {
      const entries = await listFolder(paths.annotationsDir)
      return (
        entries
          .filter((entry) => entry.isDirectory())
          // macOS HFS+ hands back decomposed names; lookups there ignore the difference.
          .map((entry) => entry.name.normalize('NFC'))
          .filter((name) => annotatorSchema.safeParse(name).success)
          .sort()
      )
    },
    asWriterOf: gate,
  }
}

/** A document the index does not list (any more): removed, or the list is out of date. */
export const noSuchDocument = (docId: string): GlossFailure =>
  new GlossFailure({
    code: 'not-found',
    message: `This project has no document with id ${docId}.`,
    hint: 'Reload the document list.',
  })

const missingProject = (paths: ProjectPaths): GlossFailure =>
  new GlossFailure({
    code: 'not-found',
    message: `${paths.projectFile} is missing: the project folder was changed outside Gloss.`,
    file: paths.projectFile,
    hint: 'Restore gloss.json (for example from a backup or git), or open another project.',
  })
