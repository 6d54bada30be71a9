import type { KeyboardEvent } from 'react'

import { focusText } from '../keys/focus-targets'
import type { Commands } from '../state/commands'

/**
 * The document list's own keys (it has the focus): the arrows open the next or previous
 * document, Enter goes on to its text, F2 renames. `true` when handled; `toText` is the
 * page's, passed in for tests.
 */
export function handleDocumentListKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  commands: Pick<Commands, 'documents' | 'documentList'>,
  toText: () => boolean = focusText,
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false
  switch (event.key) {
    case 'F2':
      commands.documentList.startRename()
      return true
    case 'ArrowDown':
    case 'ArrowUp':
      void commands.documents.stepDocument(event.key === 'ArrowDown' ? 1 : -1)
      return true
    case 'Enter':
      return toText()
    default:
      return false
  }
}
