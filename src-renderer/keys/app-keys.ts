import { useViewKeys } from '../components/view-keys'
import type { View } from '../state/app-state'
import type { Commands } from '../state/commands'
import { matchesChord, type KeyPress } from './chord'
import { focusDocumentList } from './focus-targets'

const VIEW_KEYS: readonly (readonly [string, View])[] = [
  ['Mod+Alt+1', 'annotate'],
  ['Mod+Alt+2', 'review'],
  ['Mod+Alt+3', 'agreement'],
]

/**
 * The keys that work in every view (see the key list): the key sheet, switching views, the
 * document list, Sync. `true` when handled; `focusList` is the page's, passed in for tests.
 */
export function handleAppKey(
  press: KeyPress,
  commands: Pick<Commands, 'ui' | 'sync'>,
  focusList: () => boolean = focusDocumentList,
): boolean {
  if (matchesChord('?', press) || matchesChord('F1', press)) {
    commands.ui.openDialog({ kind: 'keys' })
    return true
  }
  const view = VIEW_KEYS.find(([chord]) => matchesChord(chord, press))?.[1]
  if (view) {
    commands.ui.showView(view)
    return true
  }
  if (matchesChord('Mod+Shift+S', press)) return commands.sync.syncOrSetUp()
  return matchesChord('L', press) && focusList()
}

/** The window's keys that every view shares; silent while typing or in a dialog. */
export const useAppKeys = (): void => useViewKeys(handleWindowKey)

const handleWindowKey = (event: KeyboardEvent, commands: Commands): boolean =>
  handleAppKey(event, commands)
