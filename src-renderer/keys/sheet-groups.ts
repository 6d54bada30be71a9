import type { View } from '../state/app-state'
import { KEY_GROUPS, KEYS, type KeyEntry } from './key-list'

export interface SheetGroup {
  readonly title: string
  readonly entries: readonly KeyEntry[]
}

/** The key sheet's groups: those of the view on screen first, then the others in list order. */
export function sheetGroups(view: View, keys: readonly KeyEntry[] = KEYS): readonly SheetGroup[] {
  const ordered = [
    ...KEY_GROUPS.filter((group) => group.views.includes(view)),
    ...KEY_GROUPS.filter((group) => !group.views.includes(view)),
  ]
  return ordered
    .map((group) => ({
      title: group.title,
      entries: keys.filter((entry) => entry.scope === group.scope),
    }))
    .filter((group) => group.entries.length > 0)
}
