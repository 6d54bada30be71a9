import { digitOf } from '../components/view-keys'
import type { RelationCommands } from '../state/commands/relations'

/**
 * The keys of drawing a relation, before any other key of the annotate view: R starts one
 * from the selected span; while choosing the other end the arrows (or Tab) move between
 * spans and Enter takes the one they are on; then 1–9 picks the type; Escape cancels.
 */
export function handleRelationKey(event: KeyboardEvent, relations: RelationCommands): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  const draft = relations.draft()
  if (draft === null) {
    return !event.shiftKey && event.key.toLowerCase() === 'r' && relations.start()
  }
  if (event.key === 'Escape') return relations.cancel()
  if (draft.stage === 'type') {
    const digit = digitOf(event)
    return digit !== null && relations.pickNth(Number(digit))
  }
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      relations.moveTarget(1)
      return true
    case 'ArrowLeft':
    case 'ArrowUp':
      relations.moveTarget(-1)
      return true
    case 'Tab':
      relations.moveTarget(event.shiftKey ? -1 : 1)
      return true
    case 'Enter':
      return relations.confirmTarget()
    default:
      return false
  }
}
