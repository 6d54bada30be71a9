import { Fragment } from 'react'

import { IS_MAC } from '../components/undo-redo-buttons'
import { chordText } from './chord'
import { KEYS, type KeyEntry, type KeyScope } from './key-list'

const hintedIn = (scope: KeyScope): readonly KeyEntry[] =>
  KEYS.filter((entry) => entry.hint !== undefined && entry.scope === scope)

/**
 * The hint line under a view, from the key list: the window-wide keys that carry a short hint
 * first (the way to the sheet of all keys, which must not be cut off a narrow window), then
 * the view's.
 */
export function KeyHints({ scope }: { readonly scope: KeyScope }) {
  const hinted = [...hintedIn('everywhere'), ...hintedIn(scope)]
  return (
    <div className="key-hints" aria-hidden="true">
      {hinted.map((entry) => (
        <Fragment key={entry.action}>
          {entry.chords.slice(0, entry.hintChords ?? 1).map((chord, at) => (
            <Fragment key={chord}>
              {at > 0 && '/'}
              <kbd>{chordText(chord, IS_MAC)}</kbd>
            </Fragment>
          ))}{' '}
          {entry.hint}
          {' · '}
        </Fragment>
      ))}
      <kbd>Alt</kbd>-drag: exact selection
    </div>
  )
}
