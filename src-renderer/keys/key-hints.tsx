import { Fragment } from 'react'

import { IS_MAC } from '../components/undo-redo-buttons'
import { chordText } from './chord'
import { KEYS, type KeyScope } from './key-list'

/** The hint line under a view: its keys that carry a short hint, from the key list. */
export function KeyHints({ scope }: { readonly scope: KeyScope }) {
  const hinted = KEYS.filter(
    (entry) => entry.hint && (entry.scope === scope || entry.scope === 'everywhere'),
  )
  return (
    <div className="key-hints" aria-hidden="true">
      {hinted.map((entry, index) => (
        <Fragment key={entry.action}>
          {index > 0 && ' · '}
          {/* A hint for two actions ("next/previous") shows both keys, any other its first. */}
          {entry.chords
            .slice(0, entry.hint?.includes('/') ? 2 : 1)
            .map((chord) => chordText(chord, IS_MAC))
            .map((text, at) => (
              <Fragment key={text}>
                {at > 0 && '/'}
                <kbd>{text}</kbd>
              </Fragment>
            ))}{' '}
          {entry.hint}
        </Fragment>
      ))}
      {' · '}
      <kbd>Alt</kbd>-drag: exact selection
    </div>
  )
}
