import type { Label } from '@core/labels/label'
import type { DocLabelCategory } from '@core/doc-labels/doc-label'
import type { CSSProperties } from 'react'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { GuidelineMarkdown } from './guideline-markdown'
import { useGuidelineText } from './use-guideline-text'

const NO_LABELS: readonly Label[] = []
const NO_CATEGORIES: readonly DocLabelCategory[] = []

/** G: every label with its colour, key and description, then the project's own guideline. */
export function GuidelinesDialog() {
  const { ui } = useCommands()
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const categories = useAppState((state) => state.session?.project?.docLabels ?? NO_CATEGORIES)
  const markdown = useGuidelineText()
  return (
    <Dialog title="Guidelines" wide onClose={ui.closeDialog}>
      <section className="settings-section">
        <h3>Labels</h3>
        <table className="guideline-labels">
          <thead>
            <tr>
              <th>Label</th>
              <th>Key</th>
              <th>Description</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label) => (
              <tr key={label.id} style={{ '--c': label.color } as CSSProperties}>
                <td>
                  <span className="chip" aria-hidden="true" /> {label.name}
                </td>
                <td>{label.hotkey ? <kbd>{label.hotkey}</kbd> : '—'}</td>
                <td>{label.description || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {categories.length > 0 && (
        <section className="settings-section">
          <h3>Document labels</h3>
          <ul className="guideline-categories">
            {categories.map((category, index) => (
              <li key={category.id}>
                <strong>{category.name}</strong>
                {index < 9 && <kbd>Shift+{index + 1}</kbd>}: {category.values.join(', ')}
                {category.description && ` — ${category.description}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="settings-section">
        <h3>Project guideline</h3>
        {markdown === undefined && <p className="hint">Loading…</p>}
        {markdown === null && (
          <p className="hint">
            This project has no guideline yet: write one in Settings, or put a guidelines.md file in
            the project folder.
          </p>
        )}
        {typeof markdown === 'string' && <GuidelineMarkdown markdown={markdown} />}
      </section>
    </Dialog>
  )
}
