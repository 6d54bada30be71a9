import { Dialog } from '../components/dialog'
import { IS_MAC } from '../components/undo-redo-buttons'
import { useAppState, useCommands } from '../state/use-store'
import { chordText } from './chord'
import type { KeyEntry } from './key-list'
import { sheetGroups } from './sheet-groups'

function Chords({ entry }: { readonly entry: KeyEntry }) {
  return (
    <>
      {entry.chords.map((chord, index) => (
        <span key={chord}>
          {index > 0 && ' '}
          <kbd>{chordText(chord, IS_MAC)}</kbd>
        </span>
      ))}
    </>
  )
}

/** `?`: every key Gloss has, grouped by view, the view on screen first. */
export function KeySheet() {
  const view = useAppState((state) => state.view)
  const { ui } = useCommands()
  return (
    <Dialog title="Keyboard shortcuts" onClose={ui.closeDialog} wide scrollLabel="All keys">
      <div className="key-sheet">
        {sheetGroups(view).map((group) => (
          <section key={group.title} className="key-group" aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.entries.map((entry) => (
                <div key={`${entry.within ?? ''}${entry.action}`} className="key-row">
                  <dt>
                    <Chords entry={entry} />
                  </dt>
                  <dd>
                    {entry.within
                      ? `${entry.action} (${entry.within.toLowerCase()})`
                      : entry.action}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
