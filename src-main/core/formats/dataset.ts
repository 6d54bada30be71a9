import type { CommentThread } from '../comments/comment'
import type { DocLabelCategory, DocLabels } from '../doc-labels/doc-label'
import type { Label } from '../labels/label'
import type { Relation, RelationType } from '../relations/relation'
import type { DocumentEntry } from '../project/project'
import type { DocumentStatus, Span } from '../spans/span'
import type { OffsetUnit } from '../text/offsets'

export const EXPORT_FORMATS = [
  'jsonl',
  'doccano',
  'spacy',
  'conll',
  'brat',
  'labelstudio',
  'w3c',
  'csv',
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const ANNOTATION_IMPORT_FORMATS = ['jsonl', 'doccano', 'brat', 'labelstudio', 'w3c'] as const
export type AnnotationImportFormat = (typeof ANNOTATION_IMPORT_FORMATS)[number]

/**
 * The offset unit each format uses unless told otherwise; `null` where the format has no
 * character offsets (CoNLL counts tokens). doccano counts UTF-16 units in its own UI.
 */
export const DEFAULT_OFFSET_UNIT: Readonly<Record<ExportFormat, OffsetUnit | null>> = {
  jsonl: 'codepoints',
  doccano: 'utf16',
  spacy: 'codepoints',
  conll: null,
  brat: 'codepoints',
  labelstudio: 'codepoints',
  w3c: 'codepoints',
  csv: 'codepoints',
}

/** One annotator's layer on a document, as stored. `_gold` is the adjudicated layer. */
export interface ExportLayer {
  readonly annotator: string
  readonly status: DocumentStatus
  readonly spans: readonly Span[]
  /** The layer's document labels (core/doc-labels); absent when none is set. */
  readonly docLabels?: DocLabels
  /** Links between the layer's spans; absent: none. */
  readonly relations?: readonly Relation[]
}

/** One document to export: its index entry, its text and the chosen layers on it. */
export interface DatasetDocument {
  readonly entry: DocumentEntry
  readonly text: string
  readonly layers: readonly ExportLayer[]
  /** Its comment threads, read only for formats that carry them (native JSONL); absent: none. */
  readonly comments?: readonly CommentThread[]
}

export interface ExportOptions {
  /** The unit offsets are written in; formats without offsets ignore it. */
  readonly offsets: OffsetUnit
  readonly labels: readonly Label[]
  /** The project's name, for files that carry one (Label Studio config, brat conf, W3C). */
  readonly projectName: string
  /** The project's relation types, to name relations by; absent: the defaults. */
  readonly relationTypes?: readonly RelationType[]
  /** CSV only: start with a UTF-8 BOM so Excel reads the file as UTF-8. */
  readonly csvBom?: boolean
  /** The project's document label categories; absent or empty: the project has none. */
  readonly docLabels?: readonly DocLabelCategory[]
}

/** One file an export writes, its path relative to the export's folder or archive. */
export interface ExportFile {
  readonly path: string
  readonly content: string
}

export interface ExportOutput {
  readonly files: readonly ExportFile[]
  /** Things the user should know, e.g. spans BIO could not express. */
  readonly warnings: readonly string[]
}

/** Every exporter has this shape: pure, deterministic (same input → byte-identical output). */
export type Exporter = (docs: readonly DatasetDocument[], options: ExportOptions) => ExportOutput

/** A span as an annotation file states it, offsets already converted to UTF-16 units. */
export interface ParsedSpan {
  readonly start: number
  readonly end: number
  /** The label as the file names it (display name or id); matched against the label set later. */
  readonly label: string
  /** The covered text when the format carries it; checked against the document's text. */
  readonly text?: string
  readonly note?: string
  readonly attributes?: Readonly<Record<string, string | number | boolean>>
  /** Where it came from, for messages: e.g. `line 3, span 2` or `T4`. */
  readonly where: string
  /** Set when its offsets missed its text and it was placed where the text is nearby. */
  readonly reanchored?: string
}

/** A relation as a file states it: `from`/`to` are indices into its document's `spans`. */
export interface ParsedRelation {
  /** The type as the file names it (display name or id); matched against the project's. */
  readonly type: string
  readonly from: number
  readonly to: number
  /** Where it came from, for messages: e.g. `line 3, relation 1` or `R2`. */
  readonly where: string
}

/** A document found in an annotation file, with its spans. */
export interface ParsedDocument {
  /** The document text as the file has it (normalised by the caller before matching). */
  readonly text: string
  readonly title?: string
  readonly sourceId?: string
  /** The annotator the file names, if any. */
  readonly annotator?: string
  readonly status?: DocumentStatus
  readonly spans: readonly ParsedSpan[]
  readonly relations?: readonly ParsedRelation[]
  /** Document labels as the file names them: category (display name or id) → value. */
  readonly docLabels?: Readonly<Record<string, string>>
  readonly where: string
}

/** Something in an input file that was not imported, and why. */
export interface ImportProblem {
  readonly file: string
  readonly line?: number
  readonly where?: string
  readonly message: string
}

export interface ParsedAnnotations {
  readonly documents: readonly ParsedDocument[]
  readonly problems: readonly ImportProblem[]
}

/** One input file handed to a parser: a name for messages and its decoded, normalised text. */
export interface InputFile {
  readonly name: string
  readonly text: string
}

/**
 * Every annotation parser has this shape. `files` is one file for most formats, and every
 * `.txt`/`.ann`/`.conf` file of a folder for brat. Offsets are read in `offsets`.
 */
export type AnnotationParser = (
  files: readonly InputFile[],
  offsets: OffsetUnit,
) => ParsedAnnotations
