import type { Label } from '@core/labels/label'

const ANNOTATOR = /^[\p{L}\p{N}._-]+$/u

/** Why an annotator name would be refused (the contract's rule, said in words), or null. */
export function annotatorProblem(name: string): string | null {
  // Composed first, as the host does: macOS keyboards can type accents as separate marks.
  const trimmed = name.trim().normalize('NFC')
  if (trimmed.length === 0) return 'Enter a name.'
  if (trimmed.length > 64) return 'Use at most 64 characters.'
  if (!ANNOTATOR.test(trimmed)) {
    return 'Use only letters, digits, dot, dash or underscore (no spaces).'
  }
  if (trimmed.startsWith('_') || trimmed.startsWith('.')) {
    return 'The name may not start with _ or a dot.'
  }
  return null
}

/** Why a label set would be confusing to use (empty or repeated names, shared keys), or null. */
export function labelSetProblem(labels: readonly Label[]): string | null {
  const names = new Map<string, string>()
  const keys = new Map<string, string>()
  for (const label of labels) {
    const name = label.name.trim()
    if (!name) return 'Every label needs a name.'
    const folded = name.toLocaleLowerCase()
    if (names.has(folded)) return `There are two labels named “${name}”.`
    names.set(folded, name)
    if (label.hotkey) {
      const owner = keys.get(label.hotkey)
      if (owner) return `Key ${label.hotkey} is already used by “${owner}”.`
      keys.set(label.hotkey, name)
    }
  }
  return null
}

const PALETTE = [
  '#2f7ed8',
  '#e08a00',
  '#c2379b',
  '#2a9d5b',
  '#7a52c7',
  '#d64541',
  '#138d90',
  '#8c6d1f',
]

/** A colour and key for a new label that the set does not use yet (key '' when 1–9 are taken). */
export function nextLabelDefaults(labels: readonly Label[]): { color: string; hotkey: string } {
  const colors = new Set(labels.map((label) => label.color.toLowerCase()))
  const keys = new Set(labels.map((label) => label.hotkey))
  const color = PALETTE.find((candidate) => !colors.has(candidate)) ?? '#5f6b7a'
  const hotkey = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].find((key) => !keys.has(key)) ?? ''
  return { color, hotkey }
}
