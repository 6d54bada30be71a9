import { useRef, type KeyboardEvent } from 'react'

import type { View } from '../state/app-state'
import { useAppState, useCommands } from '../state/use-store'

const VIEWS: readonly { readonly view: View; readonly name: string }[] = [
  { view: 'annotate', name: 'Annotate' },
  { view: 'review', name: 'Review' },
  { view: 'agreement', name: 'Agreement' },
]

/** The id of a view's tab, which names the workspace panel it shows. */
export const viewTabId = (view: View): string => `view-tab-${view}`
export const VIEW_PANEL_ID = 'view-panel'

/**
 * The views of the workspace as a tab list (WAI-ARIA tabs): Tab reaches the selected tab,
 * the arrow keys, Home and End move between tabs and show each at once.
 */
export function ViewTabs() {
  const current = useAppState((state) => state.view)
  const { ui } = useCommands()
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const select = (index: number) => {
    const target = VIEWS[(index + VIEWS.length) % VIEWS.length]
    if (!target) return
    ui.showView(target.view)
    tabs.current[VIEWS.indexOf(target)]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: VIEWS.length - 1,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    select(next)
  }
  return (
    <div role="tablist" aria-label="Views" className="view-tabs">
      {VIEWS.map(({ view, name }, index) => (
        <button
          key={view}
          ref={(element) => {
            tabs.current[index] = element
          }}
          type="button"
          role="tab"
          id={viewTabId(view)}
          aria-selected={current === view}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={current === view ? 0 : -1}
          className="view-tab"
          onClick={() => ui.showView(view)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {name}
        </button>
      ))}
    </div>
  )
}
