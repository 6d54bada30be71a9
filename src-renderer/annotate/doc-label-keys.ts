import { digitOf } from '../components/view-keys'
import type { Commands } from '../state/commands'

/** Shift+1…9 in the annotate view: the n-th document label category's next value. */
export function docLabelKey(event: KeyboardEvent, commands: Commands): boolean {
  const digit = digitOf(event)
  return digit !== null && commands.docLabels.pressKey(digit)
}
