import type { DocLabelCategory, DocLabels } from '@core/doc-labels/doc-label'
import { memo } from 'react'

import { useCommands } from '../state/use-store'

interface DocLabelPanelProps {
  readonly categories: readonly DocLabelCategory[]
  readonly docLabels: DocLabels | undefined
}

/**
 * The document's own labels: one row of buttons per category, the chosen value pressed.
 * A click sets a value (a second click clears it); Shift+n moves the n-th category on.
 */
export const DocLabelPanel = memo(function DocLabelPanel({
  categories,
  docLabels,
}: DocLabelPanelProps) {
  const { docLabels: commands } = useCommands()
  if (categories.length === 0) return null
  return (
    <section className="panel-section" aria-label="Document labels" data-testid="doc-labels">
      <h3>Document labels</h3>
      {categories.map((category, index) => {
        const chosen = docLabels?.[category.id] ?? null
        const key = index < 9 ? `Shift+${index + 1}` : null
        return (
          <div key={category.id} className="doc-label-row" role="group" aria-label={category.name}>
            <div className="doc-label-head" title={category.description || undefined}>
              <span className="doc-label-name">{category.name}</span>
              {key && <kbd title={`${key}: next value`}>{key}</kbd>}
            </div>
            <div className="doc-label-values">
              {category.values.map((value) => (
                <button
                  key={value}
                  type="button"
                  className="toggle doc-label-value"
                  aria-pressed={chosen === value}
                  onClick={() => commands.toggle(category.id, value)}
                >
                  {value}
                </button>
              ))}
            </div>
          </div>
        )
      })}
    </section>
  )
})
