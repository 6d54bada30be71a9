import type { CommentFile, CommentFileEntry } from '../../core/comments/comment'
import type { AnnotationFile } from '../../core/spans/span'
import { COMMENT_FILE } from '../comments/comment-file-kind'
import { GOLD } from '../export/select-dataset'
import { ANNOTATION_FILE } from '../project/file-kinds'
import type { JsonKind } from '../storage/json-kind'

/**
 * One kind of file that each person keeps in a folder of their own, one file per document:
 * `<folder>/<person>/<docId>.json`. A merge copies these folders from a colleague's project;
 * renaming a person's layer rewrites the owner field inside every file.
 */
export interface PersonFolder<T> {
  /** The folder under the project root, e.g. `annotations`. */
  readonly folder: string
  /** How a file is read and validated: the same kind the project store uses. */
  readonly kind: JsonKind<T>
  /** Sub-folders that belong to no one person, with why they are not merged. */
  readonly notMerged: Readonly<Record<string, string>>
  /** The document a file is about; it must agree with the file's name. */
  readonly docIdOf: (data: T) => string
  /** The file as `person` would have written it: its owner field says `person`. */
  readonly ownedBy: (data: T, person: string) => T
  /** The label id of each span the file holds (none for a kind without spans). */
  readonly spanLabels: (data: T) => readonly string[]
}

/**
 * Erases an entry's file type so entries of different kinds share one table. Safe: the data
 * an entry's functions get always comes from that entry's own `kind.schema`.
 */
export const personFolder = <T>(entry: PersonFolder<T>): PersonFolder<unknown> =>
  entry as unknown as PersonFolder<unknown>

const ANNOTATIONS = personFolder<AnnotationFile>({
  folder: 'annotations',
  kind: ANNOTATION_FILE,
  notMerged: {
    [GOLD]:
      'their adjudicated gold set is not merged: adjudication happens in one project. Review their annotators’ layers here to settle gold in this project',
  },
  docIdOf: (file) => file.docId,
  ownedBy: (file, person) => ({ ...file, annotator: person }),
  spanLabels: (file) => file.spans.map((span) => span.label),
})

// A person's threads on their own spans follow their layer when it is merged under a new name.
const retarget = (entry: CommentFileEntry, from: string, to: string): CommentFileEntry =>
  entry.kind === 'thread' && entry.target.kind === 'span' && entry.target.annotator === from
    ? { ...entry, target: { ...entry.target, annotator: to } }
    : entry

const COMMENTS = personFolder<CommentFile>({
  folder: 'comments',
  kind: COMMENT_FILE,
  notMerged: {},
  docIdOf: (file) => file.docId,
  ownedBy: (file, person) => ({
    ...file,
    author: person,
    entries: file.entries.map((entry) => retarget(entry, file.author, person)),
  }),
  spanLabels: () => [],
})

/**
 * Every per-person folder a merge brings in: a person's annotation layer and their comments
 * count as one layer (a rename applies to both). Another kind is merged by adding its entry.
 */
export const PERSON_FOLDERS: readonly PersonFolder<unknown>[] = [ANNOTATIONS, COMMENTS]
