import { describe, expect, it } from 'vitest'

import { handleAnnotateKey } from '../../../src-renderer/annotate/use-annotate-keys'
import { handleDocumentListKey } from '../../../src-renderer/documents/document-list-keys'
import { handleAppKey } from '../../../src-renderer/keys/app-keys'
import { matchesChord, type KeyPress } from '../../../src-renderer/keys/chord'
import { KEYS, type KeyScope } from '../../../src-renderer/keys/key-list'
import { handleReviewKey } from '../../../src-renderer/review/use-review-keys'
import type { Commands } from '../../../src-renderer/state/commands'
import { keyPress } from './key-press'

// Every command exists and says it did something: a key is "handled" when its handler says so.
// No relation is being drawn (its keys are the relation bar's, listed `within`).
const anyCommands = new Proxy(
  {},
  {
    get: (_, group) =>
      new Proxy(
        {},
        {
          get: (__, name) => (group === 'relations' && name === 'draft' ? () => null : () => true),
        },
      ),
  },
) as unknown as Commands

const NAMED = ['Enter', 'Escape', 'Delete', 'Backspace', 'Tab', ' ', 'Home', 'End', 'PageUp']
const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']
const F_KEYS = Array.from({ length: 12 }, (_, i) => `F${i + 1}`)
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz']
const SYMBOLS = [...'?/[]{}!.,;-=']
const MODIFIERS: readonly Partial<KeyPress>[] = [
  {},
  { shiftKey: true },
  { ctrlKey: true },
  { metaKey: true },
  { altKey: true },
  { ctrlKey: true, shiftKey: true },
  { altKey: true, shiftKey: true },
]

/** Every press worth asking a handler about: each key with each set of modifiers. */
const PRESSES: readonly KeyPress[] = MODIFIERS.flatMap((mods) => {
  const press = (key: string, code = ''): KeyPress => keyPress({ ...mods, key, code })
  return [
    ...LETTERS.map((letter) => press(mods.shiftKey ? letter.toUpperCase() : letter)),
    ...Array.from({ length: 9 }, (_, i) => press(String(i + 1), `Digit${i + 1}`)),
    ...[...NAMED, ...ARROWS, ...F_KEYS, ...SYMBOLS].map((key) => press(key)),
  ]
})

const HANDLERS: Readonly<Partial<Record<KeyScope, (press: KeyPress) => boolean>>> = {
  everywhere: (press) => handleAppKey(press, anyCommands, () => true),
  documents: (press) => handleDocumentListKey(press, anyCommands, () => true),
  annotate: (press) =>
    handleAnnotateKey(
      press as KeyboardEvent,
      anyCommands,
      () => true,
      () => true,
    ),
  review: (press) => handleReviewKey(press as KeyboardEvent, anyCommands, () => true),
}

const listed = (scope: KeyScope, press: KeyPress): boolean =>
  KEYS.some(
    (entry) =>
      entry.scope === scope &&
      entry.within === undefined &&
      entry.chords.some((chord) => matchesChord(chord, press)),
  )

const describePress = (press: KeyPress): string =>
  [
    press.ctrlKey && 'Ctrl',
    press.metaKey && 'Meta',
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
    JSON.stringify(press.key),
  ]
    .filter(Boolean)
    .join('+')

describe('the key list', () => {
  it.each(Object.entries(HANDLERS))(
    'names exactly the keys the %s handler takes',
    (scope, handle) => {
      const unlisted = PRESSES.filter((press) => handle(press) && !listed(scope as KeyScope, press))
      const unhandled = PRESSES.filter(
        (press) => !handle(press) && listed(scope as KeyScope, press),
      )
      expect({
        unlisted: unlisted.map(describePress),
        unhandled: unhandled.map(describePress),
      }).toEqual({
        unlisted: [],
        unhandled: [],
      })
    },
  )

  it('gives no key to both the window-wide keys and a view', () => {
    const app = HANDLERS.everywhere as (press: KeyPress) => boolean
    const views = [HANDLERS.annotate, HANDLERS.review] as ((press: KeyPress) => boolean)[]
    const clashes = PRESSES.filter((press) => app(press) && views.some((view) => view(press)))
    expect(clashes.map(describePress)).toEqual([])
  })
})

describe('matchesChord', () => {
  it.each([
    ['Mod+Enter', { key: 'Enter', ctrlKey: true }, true],
    ['Mod+Enter', { key: 'Enter', metaKey: true }, true],
    ['Mod+Enter', { key: 'Enter' }, false],
    ['Shift+1', { key: '!', code: 'Digit1', shiftKey: true }, true],
    ['Shift+1', { key: '1', code: 'Digit1' }, false],
    ['1-9', { key: '&', code: 'Digit1' }, true],
    ['?', { key: '?', shiftKey: true }, true],
    ['J', { key: 'j' }, true],
    ['J', { key: 'J', shiftKey: true }, false],
  ] as const)('%s matches %j: %s', (chord, init, expected) => {
    expect(matchesChord(chord, keyPress(init))).toBe(expected)
  })
})
