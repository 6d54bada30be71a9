/**
 * Every key Gloss answers to, one entry per action: the `?` sheet renders this list and the
 * hints under the text quote it, and a unit test holds each view's key handler to it (a key
 * handled but not listed, or listed but not handled, fails), so the sheet cannot go stale.
 *
 * A chord is written `Mod+Shift+Alt+Key`: `Mod` is Ctrl (⌘ on a Mac), `Key` a letter, a
 * character such as `?` or `[` (typed with whatever Shift the layout needs), a key name
 * (`Enter`, `F3`, `ArrowDown`) or `1-9` for the label keys.
 */

/** Where a key works: a view, a part of one, or everywhere. */
export type KeyScope = 'everywhere' | 'documents' | 'annotate' | 'find' | 'review' | 'dialogs'

export interface KeyEntry {
  readonly scope: KeyScope
  /** Any of these does it. */
  readonly chords: readonly string[]
  readonly action: string
  /**
   * The part of the view that takes the key itself, named in the sheet ("In the text"); the
   * scope's window handler does not see these keys.
   */
  readonly within?: string
  /** Shown in the hint line under the annotate view's text, in this short form. */
  readonly hint?: string
  /** How many of `chords` the hint line shows (1 unless said). */
  readonly hintChords?: number
}

/** The groups of the sheet, in their usual order, with the views each belongs to. */
export const KEY_GROUPS: readonly {
  readonly scope: KeyScope
  readonly title: string
  readonly views: readonly ('annotate' | 'review' | 'agreement')[]
}[] = [
  { scope: 'annotate', title: 'Annotate', views: ['annotate'] },
  { scope: 'find', title: 'Find bar', views: ['annotate'] },
  { scope: 'documents', title: 'Document list', views: ['annotate', 'agreement'] },
  { scope: 'review', title: 'Review', views: ['review'] },
  { scope: 'everywhere', title: 'Everywhere', views: [] },
  { scope: 'dialogs', title: 'Dialogs', views: [] },
]

export const KEYS: readonly KeyEntry[] = [
  { scope: 'everywhere', chords: ['?', 'F1'], action: 'Show all keys', hint: 'all keys' },
  { scope: 'everywhere', chords: ['Mod+Alt+1'], action: 'Annotate view' },
  { scope: 'everywhere', chords: ['Mod+Alt+2'], action: 'Review view' },
  { scope: 'everywhere', chords: ['Mod+Alt+3'], action: 'Agreement view' },
  { scope: 'everywhere', chords: ['L'], action: 'Go to the document list' },
  {
    scope: 'everywhere',
    chords: ['Mod+Shift+S'],
    action: 'Sync with the team (the first time: set up Team sync)',
  },
  {
    scope: 'everywhere',
    chords: ['Mod+Shift+F', '/'],
    within: 'In the window, outside text fields',
    action: 'Search the whole project',
  },
  {
    scope: 'everywhere',
    chords: ['Mod+=', 'Mod+-', 'Mod+0'],
    within: 'In the window',
    action: "Larger / smaller / actual size of the article's text",
  },
  {
    scope: 'everywhere',
    chords: ['ArrowLeft', 'ArrowRight', 'Home', 'End'],
    within: 'On the view tabs',
    action: 'Show another view',
  },

  {
    scope: 'documents',
    chords: ['ArrowDown', 'ArrowUp'],
    action: 'Open the next / previous document',
  },
  { scope: 'documents', chords: ['Enter'], action: 'Go to the text of the open document' },
  { scope: 'documents', chords: ['F2'], action: "Rename the document's title" },

  {
    scope: 'annotate',
    chords: ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowUp', 'Shift+ArrowDown'],
    within: 'In the text',
    action: 'Select by character or line',
    hint: 'select',
    hintChords: 2,
  },
  {
    scope: 'annotate',
    chords: ['Mod+Shift+ArrowLeft', 'Mod+Shift+ArrowRight'],
    within: 'In the text',
    action: 'Select by word (Alt works too)',
  },
  {
    scope: 'annotate',
    chords: ['1-9'],
    action: "Label the selection, or relabel the selected span, with the label's key",
    hint: 'label',
  },
  {
    scope: 'annotate',
    chords: ['N', 'P'],
    action: 'Select the next / previous span',
    hint: 'spans',
    hintChords: 2,
  },
  { scope: 'annotate', chords: ['I'], action: 'Edit the selected span in the inspector' },
  {
    scope: 'annotate',
    chords: ['Escape'],
    within: 'In the inspector',
    action: 'Back to the text',
  },
  {
    scope: 'annotate',
    chords: ['Delete', 'Backspace'],
    action: 'Delete the selected span',
    hint: 'delete',
  },
  { scope: 'annotate', chords: ['C'], action: 'Comment on the selected span' },
  {
    scope: 'annotate',
    chords: ['A'],
    action:
      "Edit the selected span's attributes (Tab between them; in a choice 1–9 pick, 0 clears)",
  },
  {
    scope: 'annotate',
    chords: ['Shift+1-9'],
    action: 'Step the n-th document label through its values (none, first … last, none)',
  },
  { scope: 'annotate', chords: ['G'], action: 'Open the guidelines' },
  {
    scope: 'annotate',
    chords: ['R'],
    action: 'Draw a relation from the selected span (then click or choose the other span)',
    hint: 'relation',
  },
  {
    scope: 'annotate',
    chords: ['ArrowLeft', 'ArrowRight', 'Tab', 'Shift+Tab'],
    within: 'While drawing a relation',
    action: 'Move to the previous / next span as its other end',
  },
  {
    scope: 'annotate',
    chords: ['Enter'],
    within: 'While drawing a relation',
    action: 'Take that span as the other end',
  },
  {
    scope: 'annotate',
    chords: ['1-9', 'Escape'],
    within: 'While drawing a relation',
    action: 'Pick the relation type by its number; Esc cancels',
  },
  {
    scope: 'annotate',
    chords: ['Mod+Enter'],
    action: 'Mark the document done (again: back to in progress)',
    hint: 'done',
  },
  {
    scope: 'annotate',
    chords: ['J', 'K'],
    action: 'Open the next / previous document',
    hint: 'documents',
    hintChords: 2,
  },
  { scope: 'annotate', chords: ['Mod+Z'], action: 'Undo' },
  { scope: 'annotate', chords: ['Mod+Shift+Z', 'Mod+Y'], action: 'Redo' },
  { scope: 'annotate', chords: ['Mod+F'], action: 'Find in the document', hint: 'find' },
  {
    scope: 'annotate',
    chords: ['F3', 'Shift+F3'],
    action: 'Next / previous match (find bar open)',
  },
  { scope: 'annotate', chords: ['Escape'], action: 'Close the find bar, then drop the selection' },

  { scope: 'find', chords: ['Enter', 'Shift+Enter'], action: 'Next / previous match' },
  { scope: 'find', chords: ['Alt+C'], action: 'Match case on / off' },
  { scope: 'find', chords: ['Alt+W'], action: 'Whole words on / off' },
  { scope: 'find', chords: ['Alt+1-9'], action: "Tag all matches with the label's key" },
  { scope: 'find', chords: ['Escape'], action: 'Close the bar (or cancel "Tag all")' },

  { scope: 'review', chords: ['N', 'P'], action: 'Next / previous disagreement' },
  { scope: 'review', chords: ['J', 'K'], action: 'Next / previous document' },
  {
    scope: 'review',
    chords: ['1-9'],
    action: "Take an annotator's version, or label the gold selection",
  },
  {
    scope: 'review',
    chords: ['A'],
    action:
      'Accept everything the annotators agree on; with a gold span selected, edit its attributes (Tab between them; in a choice 1–9 pick, 0 clears; Space ticks yes/no)',
  },
  {
    scope: 'review',
    chords: ['R', 'Shift+R'],
    action: 'Go to the next / previous relation in the Relations list',
  },
  {
    scope: 'review',
    chords: ['Enter', 'Space'],
    within: 'On a relation',
    action: 'Accept that relation into gold (once both its spans are in gold)',
  },
  {
    scope: 'review',
    chords: ['X', 'Delete', 'Backspace'],
    action: 'Delete the selected gold span, or reject the disagreement',
  },
  { scope: 'review', chords: ['[', ']'], action: "Move the gold span's start left / right" },
  { scope: 'review', chords: ['{', '}'], action: "Move the gold span's end left / right" },
  { scope: 'review', chords: ['Mod+Z'], action: 'Undo a decision' },
  { scope: 'review', chords: ['Mod+Shift+Z', 'Mod+Y'], action: 'Redo a decision' },
  { scope: 'review', chords: ['Escape'], action: 'Drop the selection' },

  {
    scope: 'dialogs',
    chords: ['Escape'],
    within: 'In a dialog',
    action: 'Close it (the focus goes back where it was)',
  },
]
