import type { FindCommands } from '../state/commands/find'

/**
 * The find bar's keys that work from the text too: Ctrl/Cmd+F opens (or focuses) the bar,
 * F3 / Shift+F3 go to the next / previous match while it is open. `true` when handled.
 */
export function handleFindKey(event: KeyboardEvent, find: FindCommands): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
    find.open()
    return true
  }
  if (event.key === 'F3' && !mod && !event.altKey) return find.step(event.shiftKey ? -1 : 1)
  return false
}
