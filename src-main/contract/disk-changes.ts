/**
 * One thing that changed in the project folder while it was open, written by someone other
 * than this window: a sync, git, another program, the `gloss` command.
 */
export type DiskChange =
  /** `annotations/<annotator>/<docId>.json` (annotator `_gold` is the adjudicated set). */
  | { readonly kind: 'annotations'; readonly annotator: string; readonly docId: string }
  /** `documents/index.json`: documents added (or removed) by a sync or an import. */
  | { readonly kind: 'index' }
  /** `gloss.json`: the project name, labels or settings. */
  | { readonly kind: 'project' }
  /** `comments/<author>/<docId>.json`: that author's comment threads on the document. */
  | { readonly kind: 'comments'; readonly author: string; readonly docId: string }

/** Where a reader of the change log has got to; hand it back to get only what is newer. */
export interface DiskCursor {
  /** Which log: a new one starts whenever a project is opened, and with every host run. */
  readonly log: string
  /** The number of the last change read. */
  readonly seq: number
}

export interface DiskChanges {
  /** Pass this as `since` next time. */
  readonly cursor: DiskCursor
  /** What changed after `since`, oldest first, each file once. */
  readonly changes: readonly DiskChange[]
  /**
   * The host cannot list what changed since `since` (another log: the project was switched or
   * the host restarted; or the changes were too many to keep): refetch everything.
   */
  readonly reset: boolean
}
