import type {
  AnnotationImportSummary,
  DocumentListItem,
  ImportSummary,
  Session,
} from '@contract/endpoints'
import type { DocumentEntry } from '@core/project/project'
import type { GlossError } from '@core/result'
import type { DocumentStatus, Span, SpanChangeSet } from '@core/spans/span'

import { initialAgreementState, type AgreementViewState } from './agreement-state'

/** The document in the text view, with the current annotator's spans in text order. */
export interface OpenDoc {
  readonly entry: DocumentEntry
  readonly text: string
  readonly spans: readonly Span[]
  readonly status: DocumentStatus
}

/** A stretch of text the analyst selected but has not labelled yet. */
export interface TextSelection {
  readonly start: number
  readonly end: number
  /** Alt-drag: keep the exact characters instead of snapping to whole words. */
  readonly exact: boolean
}

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly message: string }

/** One document's undo and redo stacks; the top of each is the last element. */
export interface History {
  readonly undo: readonly SpanChangeSet[]
  readonly redo: readonly SpanChangeSet[]
}

export type StatusFilter = 'all' | DocumentStatus

export type DialogState =
  | { readonly kind: 'project'; readonly purpose: 'new' | 'open' }
  | { readonly kind: 'import-summary'; readonly summary: ImportSummary }
  | { readonly kind: 'export' }
  | { readonly kind: 'import-annotations' }
  | { readonly kind: 'annotation-import-summary'; readonly summary: AnnotationImportSummary }
  | { readonly kind: 'settings' }

/** What the workspace shows next to the document list. */
export type AppView = 'annotate' | 'agreement'

export interface ShownError {
  readonly id: number
  readonly error: GlossError
}

export interface AppState {
  readonly view: AppView
  readonly session: Session | null
  readonly documents: readonly DocumentListItem[]
  readonly filter: StatusFilter
  readonly doc: OpenDoc | null
  /** The document being fetched, so a slow answer for an older click is dropped. */
  readonly openingDocId: string | null
  readonly selection: TextSelection | null
  readonly selectedSpanId: string | null
  /** Bumped to ask the text view to bring the selected span into view. */
  readonly revealSeq: number
  readonly histories: Readonly<Record<string, History>>
  readonly save: SaveState
  readonly errors: readonly ShownError[]
  readonly dialog: DialogState | null
  readonly importProgress: { readonly done: number; readonly total: number } | null
  readonly agreement: AgreementViewState
}

export const initialAppState: AppState = {
  view: 'annotate',
  session: null,
  documents: [],
  filter: 'all',
  doc: null,
  openingDocId: null,
  selection: null,
  selectedSpanId: null,
  revealSeq: 0,
  histories: {},
  save: { kind: 'idle' },
  errors: [],
  dialog: null,
  importProgress: null,
  agreement: initialAgreementState,
}
