import { z } from 'zod'

import type { CommentThread } from '../core/comments/comment'
import type { ListedDocument } from '../core/documents/listed-document'
import type { AgreementOverview } from '../core/agreement/agreement-overview'
import type { ExportFile, ImportProblem } from '../core/formats/dataset'
import type { DocLabelCategory, DocLabels } from '../core/doc-labels/doc-label'
import type { Relation, RelationType } from '../core/relations/relation'
import type { Label } from '../core/labels/label'
import type { VersionRefs } from '../core/project/document-versions'
import type { MergeSummary } from '../core/project/merge-summary'
import type { DocumentEntry, ProjectSettings } from '../core/project/project'
import type { GlossError, Result } from '../core/result'
import type { ReanchorReport } from '../core/reanchor/reanchor-report'
import type { ReviewProgress } from '../core/review/review-progress'
import type { AnnotationFile, DocumentStatus, Span } from '../core/spans/span'
import type { OffsetUnit } from '../core/text/offsets'
import { backupEndpoints } from './backup-endpoints'
import { searchEndpoints } from './search-endpoints'
import { workEndpoints, workIdSchema } from './work-endpoints'
import { firstRunEndpoints } from './first-run-endpoints'
import { syncEndpoints } from './sync-endpoints'
import type { UndoStacks } from '../core/spans/undo-history'
import { docLabelCategoriesSchema } from './doc-label-schemas'
import { relationTypesInputSchema } from './relation-schemas'
import { commentTargetSchema, commentTextSchema, threadIdSchema } from './comment-schemas'
import type { DiskChanges } from './disk-changes'
import type { EndpointName } from './endpoint-names'
import {
  annotationImportFormatSchema,
  annotatorSchema,
  changeSetSchema,
  docIdSchema,
  documentStatusSchema,
  documentTitleSchema,
  exportFormatSchema,
  exportSourceSchema,
  goldEditSchema,
  labelSchema,
  offsetUnitSchema,
  reviewAnnotatorsSchema,
  uploadSchema,
} from './schemas'
import { spansFingerprintSchema, undoStackSchema } from './undo-schemas'

export interface ProjectSummary {
  readonly path: string
  readonly name: string
  readonly labels: readonly Label[]
  /** The project's relation types, defaults filled in (see `relationTypesOf`). */
  readonly relationTypes?: readonly RelationType[]
  readonly settings: ProjectSettings
  /** Document-level label categories (core/doc-labels); absent when none. */
  readonly docLabels?: readonly DocLabelCategory[]
}

export interface Session {
  readonly annotator: string
  readonly project: ProjectSummary | null
  /** Which shell serves the UI; decides whether native dialogs exist. */
  readonly host: 'electron' | 'web'
}

/** A row of the document list: what it sorts and filters by (`ListedDocument`), and more. */
export interface DocumentListItem extends ListedDocument, VersionRefs {
  readonly length: number
  /** Comment threads on the document (by anyone, on anyone's spans) nobody has resolved. */
  readonly unresolvedComments: number
  /** The current annotator's document labels on it; absent when none is set. */
  readonly docLabels?: DocLabels
}

export interface OpenDocument {
  readonly entry: DocumentEntry
  readonly text: string
  readonly annotations: AnnotationFile
}

export interface ImportOutcome {
  readonly source: string
  readonly result: 'imported' | 'duplicate' | 'refused'
  readonly docId?: string
  readonly title?: string
  /** Why a file was refused, in words for the analyst. */
  readonly reason?: string
  /** A new version of a document already in the project: how its spans were carried over. */
  readonly reanchor?: ReanchorReport
}

export interface ImportSummary {
  readonly imported: number
  readonly duplicates: number
  readonly refused: number
  readonly outcomes: readonly ImportOutcome[]
}

export interface ExportedDataset {
  /** A file name for a one-file export, or a folder/archive name for several files. */
  readonly suggestedName: string
  readonly files: readonly ExportFile[]
  readonly documents: number
  readonly spans: number
  /** The unit the offsets are written in; `null` for formats without offsets (CoNLL). */
  readonly offsetUnit: OffsetUnit | null
  readonly warnings: readonly string[]
}

export interface AnnotationImportSummary {
  /** Documents whose text matched one already in the project. */
  readonly documentsMatched: number
  /** Documents the project did not have, added with their text. */
  readonly documentsAdded: number
  readonly spansImported: number
  readonly spansSkipped: number
  /** The annotator layers written to. */
  readonly annotators: readonly string[]
  /** Spans imported where their stated text is, near offsets that missed it (what was done). */
  readonly reanchored?: readonly ImportProblem[]
  /** Everything not imported, by file, line and span, with the reason. */
  readonly problems: readonly ImportProblem[]
}

/** One row of the review's document list. */
export interface ReviewDocumentSummary {
  readonly id: string
  readonly title: string
  /** The annotators under review who have annotated it, in the order chosen. */
  readonly annotated: readonly string[]
  readonly progress: ReviewProgress
  readonly goldSpans: number
  /** Every version decided, and at least one annotator has annotated it. */
  readonly adjudicated: boolean
}

/** One annotator's layer as review shows it. */
export interface ReviewLayerData {
  readonly annotator: string
  readonly status: DocumentStatus
  readonly spans: readonly Span[]
  /** The layer's document labels; absent when none is set. */
  readonly docLabels?: DocLabels
  /** The links between its spans, compared in review; absent when it has none. */
  readonly relations?: readonly Relation[]
}

export interface ReviewDocument {
  readonly entry: DocumentEntry
  readonly text: string
  /** The annotators under review who have an annotations file for it, in the order asked. */
  readonly layers: readonly ReviewLayerData[]
  /** The annotators under review who have not annotated it. */
  readonly notAnnotated: readonly string[]
  /** The gold file, or `null` before the first decision on the document. */
  readonly gold: AnnotationFile | null
}

export interface MajoritySummary {
  /** Documents at least one chosen annotator has annotated. */
  readonly documents: number
  readonly added: number
  readonly alreadyPresent: number
  /** Majority versions a reviewer had rejected before: their verdict is kept. */
  readonly overruled: number
  /** Disagreements still open after the pass, for a person to settle. */
  readonly left: number
  /** Documents fully adjudicated after the pass. */
  readonly adjudicated: number
  /** Gold files written. */
  readonly written: number
}

/** A document's comment threads, and the comment files that could not be read. */
export interface DocumentComments {
  /** In text order (target start, longer first, then oldest). */
  readonly threads: readonly CommentThread[]
  /** One `unreadable-file` error per comment file Gloss cannot read (it is never written). */
  readonly unreadable: readonly GlossError[]
}

const none = z.object({}).strict()
/** The `updatedAt` of the annotations file an edit was made on (see `applySpanChanges`). */
const baseSchema = z.string().min(1).max(100).optional()

/**
 * THE API: every request the UI can make, with its input schema. The client type, the
 * handler type, the IPC channels and the HTTP routes are all derived from this table.
 */
export const endpoints = {
  /** Who is annotating, which project is open, and which shell serves the UI. */
  getSession: { input: none, output: {} as Session },
  /** Opens the project folder at `path`; with `create`, makes it first if it does not exist. */
  openProject: {
    input: z.object({ path: z.string().min(1), create: z.boolean() }).strict(),
    output: {} as ProjectSummary,
  },
  /**
   * Asks the user for a project folder with a native dialog (Electron only): to make, to
   * open, or a colleague's to merge (`mergeProject`).
   */
  pickProjectFolder: {
    input: z.object({ purpose: z.enum(['new', 'open', 'merge']) }).strict(),
    output: {} as { readonly path: string | null },
  },
  /** Changes who the edits are attributed to; remembered for the next start. */
  setAnnotator: { input: z.object({ name: annotatorSchema }).strict(), output: {} as Session },
  /**
   * Replaces the label set, the relation types, the document label categories and/or settings. Labels dropped from the set take the current
   * annotator's spans with them (the UI asks first, using `countLabelUsage`). Relation types
   * dropped leave the relations that use them in the files (shown as not defined, exported
   * under their id), as removed attribute definitions do.
   */
  updateProject: {
    input: z
      .object({
        name: z.string().trim().min(1).max(200).optional(),
        labels: z.array(labelSchema).max(50).optional(),
        settings: z.object({ snapToWords: z.boolean() }).strict().optional(),
        docLabels: docLabelCategoriesSchema.optional(),
        relationTypes: relationTypesInputSchema.optional(),
      })
      .strict(),
    output: {} as ProjectSummary,
  },
  /** How many of the current annotator's spans carry the label, across all documents. */
  countLabelUsage: {
    input: z.object({ labelId: z.string().min(1) }).strict(),
    output: {} as { readonly spans: number; readonly documents: number },
  },
  /** The project's documents with the current annotator's status and span count. */
  listDocuments: { input: none, output: {} as readonly DocumentListItem[] },
  /**
   * Gives a document another title (its first line is often a photo caption): saved in
   * `documents/index.json` for everyone, trimmed; refused when empty, longer than 200
   * characters or more than one line.
   */
  renameDocument: {
    input: z.object({ docId: docIdSchema, title: documentTitleSchema }).strict(),
    output: {} as DocumentEntry,
  },
  /** One document's text and the current annotator's annotations on it. */
  getDocument: { input: z.object({ docId: docIdSchema }).strict(), output: {} as OpenDocument },
  /**
   * Applies one edit (or its inverse, for undo) and saves the annotator's file atomically.
   * `base`: the file's `updatedAt` the edit was made on; when the file on disk has another,
   * something else wrote it meanwhile and the save is refused as `changed-on-disk`.
   */
  applySpanChanges: {
    input: z.object({ docId: docIdSchema, changes: changeSetSchema, base: baseSchema }).strict(),
    output: {} as { readonly updatedAt: string; readonly status: DocumentStatus },
  },
  /** Marks the document to do, in progress or done for the current annotator. */
  setDocumentStatus: {
    input: z
      .object({ docId: docIdSchema, status: documentStatusSchema, base: baseSchema })
      .strict(),
    output: {} as { readonly updatedAt: string; readonly status: DocumentStatus },
  },
  /**
   * Asks the user for article files or folders with a native dialog (Electron only) and
   * returns the importable files found, folders expanded recursively. Only paths returned
   * here are accepted by `importPaths`.
   */
  pickImportPaths: {
    input: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
    output: {} as { readonly paths: readonly string[] },
  },
  /** Imports files the user picked; the UI sends them in batches to show progress. */
  importPaths: {
    input: z.object({ paths: z.array(z.string().min(1)).min(1).max(1000) }).strict(),
    output: {} as ImportSummary,
  },
  /** Imports files dropped on the window or chosen in the browser, sent as bytes. */
  importUploads: {
    input: z.object({ files: z.array(uploadSchema).min(1).max(200) }).strict(),
    output: {} as ImportSummary,
  },
  /**
   * Builds the dataset in memory in one of the field's formats: the chosen layers of the
   * chosen documents, offsets in `offsets` (default: the format's own convention). The UI
   * downloads the files or passes them to `saveExport`.
   */
  exportDataset: {
    input: z
      .object({
        format: exportFormatSchema,
        source: exportSourceSchema,
        status: z.enum(['done', 'any']).default('any'),
        docs: z.array(docIdSchema).max(100_000).optional(),
        offsets: offsetUnitSchema.optional(),
        csvBom: z.boolean().optional(),
        workId: workIdSchema.optional(),
      })
      .strict(),
    output: {} as ExportedDataset,
  },
  /** How far the running export has got, so the UI can show progress; `null` when idle. */
  exportProgress: {
    input: none,
    output: {} as { readonly done: number; readonly total: number } | null,
  },
  /**
   * Asks where to save with a native dialog (Electron only) and writes the files there: a
   * save dialog for one file, a folder dialog for several (written inside `suggestedName`).
   */
  saveExport: {
    input: z
      .object({
        suggestedName: z.string().min(1),
        files: z.array(z.object({ path: z.string().min(1), content: z.string() }).strict()).min(1),
      })
      .strict(),
    output: {} as { readonly path: string | null },
  },
  /** Every annotator with a folder in the project (gold excluded), sorted. */
  listAnnotators: { input: none, output: {} as readonly string[] },
  /**
   * Imports spans from another tool's files into an annotator's layer (default: the name the
   * file gives, else the current annotator). Documents are matched by their normalised text
   * and added when new. Files come as bytes (`uploads`) or as dialog-granted `paths`.
   */
  importAnnotations: {
    input: z
      .object({
        format: annotationImportFormatSchema,
        annotator: annotatorSchema.optional(),
        offsets: offsetUnitSchema.optional(),
        uploads: z.array(uploadSchema).max(2000).optional(),
        paths: z.array(z.string().min(1)).max(2000).optional(),
      })
      .strict()
      .refine((input) => (input.uploads?.length ?? 0) + (input.paths?.length ?? 0) > 0, {
        message: 'give uploads or paths',
      }),
    output: {} as AnnotationImportSummary,
  },
  /**
   * Where review stands on every document for the chosen annotators (default: all of them):
   * who annotated it, its groups by kind, how many are settled, whether it is adjudicated.
   */
  listReview: {
    input: z.object({ annotators: reviewAnnotatorsSchema.optional() }).strict(),
    output: {} as {
      readonly annotators: readonly string[]
      readonly documents: readonly ReviewDocumentSummary[]
    },
  },
  /** One document's text, the chosen annotators' layers on it and its gold layer. */
  getReviewDocument: {
    input: z.object({ docId: docIdSchema, annotators: reviewAnnotatorsSchema }).strict(),
    output: {} as ReviewDocument,
  },
  /**
   * Applies one review edit (accept, reject, edit, or an undo of one) to the document's gold
   * layer and saves it atomically; reports how far review of the document has got against
   * the annotators under review.
   */
  applyGoldEdit: {
    input: z
      .object({ docId: docIdSchema, annotators: reviewAnnotatorsSchema, edit: goldEditSchema })
      .strict(),
    output: {} as { readonly updatedAt: string; readonly progress: ReviewProgress },
  },
  /**
   * The automatic first pass: every (start, end, label) more than half of the chosen
   * annotators who have a document share goes into its gold; a reviewer's verdicts win.
   */
  adjudicateMajority: {
    input: z
      .object({
        annotators: reviewAnnotatorsSchema.optional(),
        docs: z.array(docIdSchema).max(100_000).optional(),
      })
      .strict(),
    output: {} as MajoritySummary,
  },
  /** The document's gold layer, for "compare with gold"; `null` when it has none yet. */
  getGold: {
    input: z.object({ docId: docIdSchema }).strict(),
    output: {} as AnnotationFile | null,
  },
  /**
   * Merges a colleague's project folder at `path` (a full path; only read) into the open
   * project: their layers and the documents it lacks, never changing a file it has. A layer
   * whose files differ from ours of the same name is a clash and is not merged unless
   * `renames` gives it another name (their name → new name). With `apply: false` it only
   * plans: the same summary, nothing written.
   */
  mergeProject: {
    input: z
      .object({
        path: z.string().min(1),
        renames: z.record(z.string().min(1).max(200), annotatorSchema).default({}),
        apply: z.boolean(),
      })
      .strict(),
    output: {} as MergeSummary,
  },
  /** Every comment thread on the document, from every author's comment file. */
  listComments: {
    input: z.object({ docId: docIdSchema }).strict(),
    output: {} as DocumentComments,
  },
  /**
   * Starts a thread on `target` (a span of any layer, or a range of the text) with a first
   * comment, or replies in `threadId`. Saved in the current annotator's own comment file;
   * returns the document's threads as they are now.
   */
  addComment: {
    input: z
      .object({
        docId: docIdSchema,
        text: commentTextSchema,
        target: commentTargetSchema.optional(),
        threadId: threadIdSchema.optional(),
      })
      .strict()
      .refine((input) => (input.target === undefined) !== (input.threadId === undefined), {
        message: 'give a target (to start a thread) or a threadId (to reply), not both',
      }),
    output: {} as DocumentComments,
  },
  /**
   * Resolves or reopens a thread, whoever started it; recorded in the current annotator's
   * own comment file (the latest such entry by anyone decides). Returns the threads.
   */
  setThreadResolved: {
    input: z
      .object({ docId: docIdSchema, threadId: threadIdSchema, resolved: z.boolean() })
      .strict(),
    output: {} as DocumentComments,
  },
  /**
   * What changed in the open project's folder since `since`, written by anyone but this
   * host (a sync, git, the CLI). Without `since`: no changes, only the cursor to start from
   * (take it before loading what the changes would refresh). The UI polls this: the
   * contract has no push channel.
   */
  pollChanges: {
    input: z
      .object({
        since: z
          .object({ log: z.string().min(1).max(100), seq: z.number().int().nonnegative() })
          .strict()
          .optional(),
      })
      .strict(),
    output: {} as DiskChanges,
  },
  /**
   * Inter-annotator agreement (README, "Agreement") of the chosen annotators (default: every
   * annotator in the project, gold excluded) on the chosen documents (default: all), with
   * each document's own figures and each annotator's progress.
   */
  getAgreement: {
    input: z
      .object({
        annotators: z.array(annotatorSchema).max(1000).optional(),
        docs: z.array(docIdSchema).max(100_000).optional(),
        workId: workIdSchema.optional(),
      })
      .strict(),
    output: {} as AgreementOverview,
  },
  ...backupEndpoints,
  ...searchEndpoints,
  ...workEndpoints,
  ...firstRunEndpoints,
  ...syncEndpoints,
  /**
   * The current annotator's undo history of the document as this computer kept it, if it was
   * recorded on spans with this `fingerprint` (`spansFingerprint` of the spans just read);
   * a history recorded on other spans (the file changed since: a sync, a restore) is
   * deleted and `null` returned.
   */
  getUndoHistory: {
    input: z.object({ docId: docIdSchema, fingerprint: spansFingerprintSchema }).strict(),
    output: {} as UndoStacks | null,
  },
  /**
   * Keeps the current annotator's undo history of the document (its last steps) outside the
   * project, in the app's data folder, against the `fingerprint` of the spans it ends on.
   */
  saveUndoHistory: {
    input: z
      .object({
        docId: docIdSchema,
        fingerprint: spansFingerprintSchema,
        undo: undoStackSchema,
        redo: undoStackSchema,
      })
      .strict(),
    output: {} as { readonly steps: number },
  },
  /** The project's Markdown guideline (`guidelines.md` in the folder); `null` when it has none. */
  getGuidelines: { input: none, output: {} as { readonly markdown: string | null } },
  /** Replaces `guidelines.md` (Settings); returns it as read back. */
  saveGuidelines: {
    input: z.object({ markdown: z.string().max(500_000) }).strict(),
    output: {} as { readonly markdown: string | null },
  },
} as const satisfies Record<EndpointName, { input: z.ZodType; output: unknown }>

type Endpoints = typeof endpoints

/** What a caller sends (defaults may be left out). */
export type Input<N extends EndpointName> = z.input<Endpoints[N]['input']>
/** What a handler receives: the input after its schema parsed it (defaults filled in). */
export type ParsedInput<N extends EndpointName> = z.output<Endpoints[N]['input']>
export type Output<N extends EndpointName> = Endpoints[N]['output']

/** What the UI holds: one async function per endpoint, errors as values. */
export type GlossClient = {
  readonly [N in EndpointName]: (input: Input<N>) => Promise<Result<Output<N>>>
}

/** What a host serves: handlers get validated input and may throw `GlossFailure`. */
export type Handlers = {
  readonly [N in EndpointName]: (input: ParsedInput<N>) => Promise<Output<N>>
}
