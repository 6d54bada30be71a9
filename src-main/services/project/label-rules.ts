import { GlossFailure } from '../../core/failure'
import type { Label } from '../../core/labels/label'

/**
 * Checks a label set the UI wants to save: ids, names (ignoring case) and hotkeys must be
 * unique, or a key press and the exported label name would be ambiguous.
 */
export function checkLabelSet(labels: readonly Label[]): void {
  duplicate(
    labels,
    (label) => label.id,
    (label, other) =>
      `The labels "${other.name}" and "${label.name}" have the same id "${label.id}".`,
  )
  duplicate(
    labels,
    (label) => label.name.trim().toLocaleLowerCase(),
    (label, other) =>
      `Two labels are named "${label.name}"${other.name === label.name ? '' : ` and "${other.name}"`}.`,
  )
  duplicate(
    labels.filter((label) => label.hotkey !== ''),
    (label) => label.hotkey,
    (label, other) =>
      `The labels "${other.name}" and "${label.name}" both use the key ${label.hotkey}.`,
  )
}

function duplicate(
  labels: readonly Label[],
  keyOf: (label: Label) => string,
  message: (label: Label, other: Label) => string,
): void {
  const seen = new Map<string, Label>()
  for (const label of labels) {
    const key = keyOf(label)
    const other = seen.get(key)
    if (other !== undefined) {
      throw new GlossFailure({
        code: 'invalid-input',
        message: message(label, other),
        hint: 'Give each label its own name and key, then save again.',
      })
    }
    seen.set(key, label)
  }
}
