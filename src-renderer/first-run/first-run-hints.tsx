import { useEffect, useState } from 'react'

import type { OpenDoc } from '../state/app-state'
import { useAppState, useCommands } from '../state/use-store'
import { hintStep, type HintStep } from './hint-step'

/**
 * The three-step hint over the annotate view of a window that started on the welcome screen,
 * until the analyst finishes or skips it (remembered in the app's settings, not the project).
 */
export function FirstRunHints({ doc }: { readonly doc: OpenDoc }) {
  const shown = useAppState(
    (state) =>
      state.comfort.welcomed && state.comfort.loaded && !state.comfort.preferences.hintsDone,
  )
  // Another document starts the steps again: its spans are the ones there before.
  return shown ? <HintCard key={doc.entry.id} doc={doc} /> : null
}

function HintCard({ doc }: { readonly doc: OpenDoc }) {
  const { comfort } = useCommands()
  const [spansAtStart] = useState(() => new Set(doc.spans.map((span) => span.id)))
  const selecting = useAppState((state) => state.selection !== null)
  const saving = useAppState((state) => state.save.kind === 'saving')
  const label = useAppState((state) => state.session?.project?.labels[0])
  const step = hintStep(spansAtStart, doc.spans, selecting)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') void comfort.finishHints()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [comfort])

  const key = label?.hotkey ?? '1'
  const steps: Record<HintStep, string> = {
    1: 'Select some text in the article with the mouse.',
    2: `Press ${key} to tag it as ${label?.name ?? 'the first label'} (or another label's key).`,
    3: saving ? 'Saving your span…' : 'Done — the span is saved in the project.',
  }
  return (
    <aside className="first-run-hints" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Getting started</h2>
      <ol>
        {([1, 2, 3] as const).map((n) => (
          <li
            key={n}
            className={n === step ? 'current' : n < step ? 'done' : ''}
            aria-current={n === step ? 'step' : undefined}
          >
            {steps[n]}
          </li>
        ))}
      </ol>
      <div className="first-run-actions">
        {step === 3 ? (
          <button type="button" className="primary" onClick={() => void comfort.finishHints()}>
            Got it
          </button>
        ) : (
          <button type="button" onClick={() => void comfort.finishHints()}>
            Skip (Esc)
          </button>
        )}
      </div>
    </aside>
  )
}
