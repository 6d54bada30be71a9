/**
 * The places a key sends the keyboard focus to. They are found in the page rather than
 * passed down, since the keys live on the window and the places in sibling components.
 */

/** The id of the document list (the listbox in the left pane). */
export const DOCUMENT_LIST_ID = 'document-list'

const focusFirst = (selector: string): boolean => {
  const element = document.querySelector<HTMLElement>(selector)
  if (!element) return false
  element.focus({ preventScroll: true })
  return true
}

/** L: the document list, where the arrows open documents. `false` when none is shown. */
export const focusDocumentList = (): boolean => focusFirst(`#${DOCUMENT_LIST_ID}`)

/** The annotate view's text, where Shift+arrows select. `false` when no document is open. */
export const focusText = (): boolean => focusFirst('.annotate-main [data-testid="text-view"]')

/** I: the selected span's inspector, at its chosen label. `false` when no span is selected. */
export const focusInspector = (): boolean =>
  focusFirst('.inspector [role="radio"][aria-checked="true"]') || focusFirst('.inspector button')

/**
 * Where the focus goes when what had it is gone (a dialog's opener, a deleted span's
 * inspector): the text, else the document list, else the File menu.
 */
export const focusHome = (): boolean =>
  focusText() || focusDocumentList() || focusFirst('.top-bar .menu-button')
