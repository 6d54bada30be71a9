import type { View } from '../state/app-state'
import { useAppState, useCommands } from '../state/use-store'

const VIEWS: readonly { readonly view: View; readonly name: string }[] = [
  { view: 'annotate', name: 'Annotate' },
  { view: 'review', name: 'Review' },
]

/** The main views, as tabs in the top bar. */
export function ViewTabs() {
  const current = useAppState((state) => state.view)
  const { review } = useCommands()
  return (
    <div role="tablist" aria-label="View" className="view-tabs">
      {VIEWS.map(({ view, name }) => (
        <button
          key={view}
          type="button"
          role="tab"
          aria-selected={current === view}
          tabIndex={current === view ? 0 : -1}
          onClick={() => void review.setView(view)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
            const at = VIEWS.findIndex((item) => item.view === current)
            const next =
              VIEWS[(at + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]
            if (next) void review.setView(next.view)
          }}
        >
          {name}
        </button>
      ))}
    </div>
  )
}
