import { digitOf } from '../components/view-keys'

/** A key press as the chords of the key list see it. */
export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>

interface Chord {
  readonly mod: boolean
  readonly shift: boolean
  readonly alt: boolean
  readonly key: string
}

const parse = (chord: string): Chord => {
  const parts = chord.split('+')
  const key = parts.pop() ?? ''
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  }
}

// A character like `?` or `{` is typed with Shift on one layout and without on another.
const isSymbol = (key: string): boolean => key.length === 1 && !/[a-z0-9]/i.test(key)

const keyMatches = (chord: Chord, press: KeyPress): boolean => {
  if (chord.key === '1-9') return digitOf(press) !== null
  if (/^[1-9]$/.test(chord.key)) return digitOf(press) === chord.key
  if (chord.key.length === 1) return press.key.toLowerCase() === chord.key.toLowerCase()
  return press.key === chord.key
}

/** Whether the press is the chord (`Mod` is Ctrl or ⌘; modifiers must match exactly). */
export function matchesChord(chord: string, press: KeyPress): boolean {
  const wanted = parse(chord)
  if ((press.ctrlKey || press.metaKey) !== wanted.mod || press.altKey !== wanted.alt) return false
  if (!isSymbol(wanted.key) && press.shiftKey !== wanted.shift) return false
  return keyMatches(wanted, press)
}

const NAMES: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Del',
  '1-9': '1–9',
}

/** How a chord is written for people: `Ctrl+Shift+Z`, `⌘⇧Z` style on a Mac. */
export function chordText(chord: string, mac: boolean): string {
  const { mod, shift, alt, key } = parse(chord)
  const name = NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key)
  const mods = [mod && (mac ? '⌘' : 'Ctrl'), alt && (mac ? '⌥' : 'Alt'), shift && 'Shift']
  return [...mods.filter((part): part is string => part !== false), name].join('+')
}
