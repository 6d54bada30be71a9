import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'
import { useState } from 'react'

import { LabelChoices } from '../components/label-choices'
import { useCommands } from '../state/use-store'

interface SpanInspectorProps {
  readonly span: Span
  readonly labels: readonly Label[]
}

/** The selected span: change its label, write a note, delete it. */
export function SpanInspector({ span, labels }: SpanInspectorProps) {
  const { annotate } = useCommands()
  const [note, setNote] = useState(span.note ?? '')
  // A note changed elsewhere (undo, redo) replaces what the field shows.
  const [shownNote, setShownNote] = useState(span.note)
  if (shownNote !== span.note) {
    setShownNote(span.note)
    setNote(span.note ?? '')
  }
  const saveNote = () => annotate.setNote(span.id, note)
  return (
    <section className="inspector" aria-label="Selected span">
      <h3>Selected span</h3>
      <blockquote className="inspector-quote">{span.text}</blockquote>
      <div className="inspector-offsets">
        characters {span.start}–{span.end}
      </div>
      <LabelChoices
        name="Label"
        labels={labels}
        value={span.label}
        onChoose={(id) => annotate.relabelSpan(span.id, id)}
      />
      <label className="field">
        <span>Note</span>
        <textarea
          rows={2}
          value={note}
          placeholder="Add a note (saved on Enter or when you leave the field)"
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault()
              saveNote()
            } else if (event.key === 'Escape') {
              setNote(span.note ?? '')
            }
          }}
        />
      </label>
      <button type="button" className="danger" onClick={() => annotate.deleteSpan(span.id)}>
        Delete span
      </button>
    </section>
  )
}
