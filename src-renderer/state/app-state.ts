import type {
  AnnotationImportSummary,
  DocumentListItem,
  ImportSummary,
  Session,
} from '@contract/endpoints'
import type { MergeSummary } from '@core/project/merge-summary'
import type { SyncSummary } from '@core/sync/sync-summary'
import type { CommentThread } from '@core/comments/comment'
import type { UnreadableFile } from '@contract/backup-endpoints'
import type { DiskChange } from '@contract/disk-changes'
import type { DocLabels } from '@core/doc-labels/doc-label'
import type { DocumentEntry } from '@core/project/project'
import type { GlossError } from '@core/result'
import type { Relation } from '@core/relations/relation'
import type { DocumentStatus, Span, SpanChangeSet } from '@core/spans/span'
import type { SpanLayout } from '@core/spans/span-layout'

import { initialAgreementState, type AgreementViewState } from './agreement-state'
import { initialComfortState, type ComfortState } from './comfort-state'
import { initialFindState, type FindState } from './find-state'
import { initialListView, type ListView } from './list-view'
import { initialReviewState, type ReviewState } from './review-state'
import { initialSearchState, type SearchState } from './search-state'
import type { RelationDraft } from './relation-draft'
import { initialSyncState, type SyncViewState } from './sync-state'

/** The document in the text view, with the current annotator's spans in text order. */
export interface OpenDoc {
  readonly entry: DocumentEntry
  readonly text: string
  /** `layout.spans`: the spans in `compareSpans` order. */
  readonly spans: readonly Span[]
  /** The spans ready to paint, patched per edit (see `patchSpanLayout`). */
  readonly layout: SpanLayout
  readonly status: DocumentStatus
  /** The annotator's document labels (core/doc-labels); absent when none is set. */
  readonly docLabels?: DocLabels
  /** The annotator's relations between these spans, in the order they were made. */
  readonly relations: readonly Relation[]
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
  | {
      readonly kind: 'failed'
      readonly message: string
      /** `changed-on-disk`: the file changed under the edit; the notice asks what to keep. */
      readonly code?: 'changed-on-disk'
    }

/** One document's undo and redo stacks; the top of each is the last element. */
export interface EditHistory<T> {
  readonly undo: readonly T[]
  readonly redo: readonly T[]
}

/** The annotate view's history of span edits, per document. */
export type History = EditHistory<SpanChangeSet>

export type StatusFilter = 'all' | DocumentStatus

export type DialogState =
  | { readonly kind: 'project'; readonly purpose: 'new' | 'open' }
  | { readonly kind: 'import-summary'; readonly summary: ImportSummary }
  | { readonly kind: 'export' }
  | { readonly kind: 'import-annotations' }
  | { readonly kind: 'annotation-import-summary'; readonly summary: AnnotationImportSummary }
  | { readonly kind: 'settings' }
  | { readonly kind: 'guidelines' }
  | { readonly kind: 'merge' }
  | { readonly kind: 'merge-summary'; readonly summary: MergeSummary }
  /** Share → Team sync…: the remote, then Sync now. */
  | { readonly kind: 'team-sync' }
  | { readonly kind: 'sync-summary'; readonly summary: SyncSummary }
  /** Join a team project…: a remote to clone into a new folder. */
  | { readonly kind: 'join-team' }
  /** Restore…: the snapshots of the document's annotations file. */
  | { readonly kind: 'backups'; readonly docId: string }
  /** Project files found broken when the project opened, and what became of them. */
  | { readonly kind: 'recovered'; readonly files: readonly UnreadableFile[] }
  /** Search the project (Ctrl/Cmd+Shift+F). */
  | { readonly kind: 'search' }
  /** `?`: every key, grouped by view. */
  | { readonly kind: 'keys' }

export interface ShownError {
  readonly id: number
  readonly error: GlossError
}

/** "Compare with gold" in the annotate view: the adjudicated spans of the open document. */
export interface GoldCompare {
  readonly on: boolean
  /** The document `gold` belongs to. */
  readonly docId: string | null
  /** Its gold spans; `null` while loading, or when it has no gold layer yet. */
  readonly gold: readonly Span[] | null
}

/** The workbench's main views, one at a time. */
export type View = 'annotate' | 'review' | 'agreement'

/**
 * What others changed in the project folder (a sync, git, the CLI), as of the last poll
 * that brought news. Views showing data from disk select `state.disk` and refetch when
 * `seq` moves and a change concerns them (see `touchesDocument`, `touchesLayers`).
 */
export interface DiskState {
  /** 0 until the first news; then one more for every poll that brought changes. */
  readonly seq: number
  /** What that poll brought, oldest first, each file once. */
  readonly changes: readonly DiskChange[]
  /** The host could not say what changed (project switched, host restarted, too many): refetch all. */
  readonly everything: boolean
}

export interface AppState {
  readonly view: View
  readonly session: Session | null
  readonly documents: readonly DocumentListItem[]
  readonly filter: StatusFilter
  /** The document list's sort, label filter and title editing. */
  readonly listView: ListView
  readonly doc: OpenDoc | null
  /** The document being fetched, so a slow answer for an older click is dropped. */
  readonly openingDocId: string | null
  readonly selection: TextSelection | null
  readonly selectedSpanId: string | null
  /** Bumped to ask the text view to bring the selected span (or `revealAt`) into view. */
  readonly revealSeq: number
  /** A stretch to bring into view instead of the selected span, e.g. a span only gold has. */
  readonly revealAt: { readonly start: number; readonly end: number } | null
  readonly histories: Readonly<Record<string, History>>
  readonly save: SaveState
  /** Whether a failed save will be retried without the analyst asking (save-retry.ts). */
  readonly saveRetrying: boolean
  readonly errors: readonly ShownError[]
  readonly dialog: DialogState | null
  readonly importProgress: { readonly done: number; readonly total: number } | null
  readonly review: ReviewState
  readonly goldCompare: GoldCompare
  /** Comment threads by document id, for the documents whose comments were loaded. */
  readonly comments: Readonly<Record<string, readonly CommentThread[]>>
  /** Bumped to ask the selected span's comment box for the keyboard focus (the C key). */
  readonly composeSeq: number
  readonly disk: DiskState
  /**
   * The open document whose file changed on disk while it had edits not yet saved: they are
   * kept, and their save is refused until the analyst keeps theirs or takes the one on disk.
   */
  readonly changedOnDisk: string | null
  readonly agreement: AgreementViewState
  readonly find: FindState
  readonly search: SearchState
  readonly comfort: ComfortState
  /** A relation being drawn from the selected span (R), until it is made or cancelled. */
  readonly linking: RelationDraft | null
  /** Team sync: the Sync button's status. */
  readonly sync: SyncViewState
}

export const initialAppState: AppState = {
  view: 'annotate',
  session: null,
  documents: [],
  filter: 'all',
  listView: initialListView,
  doc: null,
  openingDocId: null,
  selection: null,
  selectedSpanId: null,
  revealSeq: 0,
  revealAt: null,
  histories: {},
  save: { kind: 'idle' },
  saveRetrying: false,
  errors: [],
  dialog: null,
  importProgress: null,
  review: initialReviewState,
  goldCompare: { on: false, docId: null, gold: null },
  comments: {},
  composeSeq: 0,
  disk: { seq: 0, changes: [], everything: false },
  changedOnDisk: null,
  agreement: initialAgreementState,
  find: initialFindState,
  search: initialSearchState,
  comfort: initialComfortState,
  linking: null,
  sync: initialSyncState,
}
