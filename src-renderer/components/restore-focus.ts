import { focusHome } from '../keys/focus-targets'

/**
 * After a dialog: the focus goes back to what had it before, or, when that is gone (a menu
 * item that closed with its menu, a row that was re-drawn), to the text or the list, so the
 * keyboard is never left on the page's body.
 */
export function restoreFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) {
    opener.focus({ preventScroll: true })
    return
  }
  if (document.activeElement === null || document.activeElement === document.body) focusHome()
}
