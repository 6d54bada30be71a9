import type { DocLabelCategory } from '@core/doc-labels/doc-label'

import type { ReviewDoc } from '../state/review-state'
import { useAppState, useCommands } from '../state/use-store'

const NONE: readonly DocLabelCategory[] = []

/**
 * Review of the document's own labels: each annotator's value per category, the gold value,
 * and a button per value to accept it into gold (pressed: the one gold holds).
 */
export function DocLabelReview({ doc }: { readonly doc: ReviewDoc }) {
  const categories = useAppState((state) => state.session?.project?.docLabels ?? NONE)
  const { decide } = useCommands()
  if (categories.length === 0) return null
  return (
    <section className="panel-section" aria-label="Document labels" data-testid="doc-label-review">
      <h3>Document labels</h3>
      {categories.map((category) => {
        const gold = doc.gold.docLabels?.[category.id] ?? null
        const given = doc.layers.map((layer) => ({
          annotator: layer.annotator,
          value: layer.docLabels?.[category.id] ?? null,
        }))
        const values = [
          ...new Set(given.flatMap((item) => (item.value === null ? [] : [item.value]))),
        ]
        return (
          <div key={category.id} className="doc-label-row" role="group" aria-label={category.name}>
            <div className="doc-label-head">
              <span className="doc-label-name">{category.name}</span>
            </div>
            <ul className="doc-label-given">
              {given.map((item) => (
                <li key={item.annotator}>
                  {item.annotator}: {item.value ?? '—'}
                </li>
              ))}
            </ul>
            <div className="doc-label-values">
              {values.map((value) => (
                <button
                  key={value}
                  type="button"
                  className="toggle doc-label-value"
                  aria-pressed={gold === value}
                  onClick={() => decide.acceptDocLabel(category.id, gold === value ? null : value)}
                >
                  {gold === value ? `Gold: ${value}` : `Accept ${value}`}
                </button>
              ))}
              {values.length === 0 && <span className="hint">No annotator set a value.</span>}
            </div>
          </div>
        )
      })}
    </section>
  )
}
