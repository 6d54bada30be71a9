/** "Tag all" waiting for the analyst to say yes: more matches than a handful would be tagged. */
export interface TagAllQuestion {
  readonly labelId: string
  /** Matches that would get a span. */
  readonly count: number
  /** Matches already tagged with the label, left alone. */
  readonly skipped: number
}

/** The find bar of the annotate view (Ctrl/Cmd+F). The matches are derived: `findResults`. */
export interface FindState {
  readonly open: boolean
  readonly query: string
  readonly caseSensitive: boolean
  readonly wholeWord: boolean
  /** The index of the current match in `findResults`; clamped when there are fewer. */
  readonly current: number
  /** Where the first match is looked for when the query changes: where the analyst was. */
  readonly anchor: number
  /** Bumped to ask the bar's field for the keyboard focus (Ctrl/Cmd+F again). */
  readonly focusSeq: number
  readonly question: TagAllQuestion | null
  /** What the last "tag all" did, shown in the bar until the search changes. */
  readonly notice: string | null
}

/** The bar for a newly opened document: what it asked or said about the last one is dropped. */
export const findForNewDocument = (find: FindState): FindState =>
  find.question === null && find.notice === null ? find : { ...find, question: null, notice: null }

export const initialFindState: FindState = {
  open: false,
  query: '',
  caseSensitive: false,
  wholeWord: false,
  current: 0,
  anchor: 0,
  focusSeq: 0,
  question: null,
  notice: null,
}
