import type { SpanTarget } from '@core/comments/comment'
import { spanAnchor } from '@core/comments/place-threads'
import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'
import { useMemo, useState } from 'react'

import { CommentThreads } from '../comments/comment-threads'
import { ThreadAbout } from '../comments/thread-about'
import { LabelChoices } from '../components/label-choices'
import { isTyping } from '../components/view-keys'
import { focusText } from '../keys/focus-targets'
import { useAppState, useCommands } from '../state/use-store'
import { AttributeFields } from './attribute-fields'

interface SpanInspectorProps {
  readonly docId: string
  /** Whose layer the span is in: the current annotator. */
  readonly annotator: string
  readonly span: Span
  readonly labels: readonly Label[]
}

/** The selected span: change its label and attributes, write a note, delete it, discuss it. */
export function SpanInspector({ docId, annotator, span, labels }: SpanInspectorProps) {
  const { annotate } = useCommands()
  const composeSeq = useAppState((state) => state.composeSeq)
  const target = useMemo(
    (): SpanTarget => ({
      kind: 'span',
      annotator,
      spanId: span.id,
      start: span.start,
      end: span.end,
      label: span.label,
      text: span.text,
    }),
    [annotator, span],
  )
  const [note, setNote] = useState(span.note ?? '')
  // A note changed elsewhere (undo, redo) replaces what the field shows.
  const [shownNote, setShownNote] = useState(span.note)
  if (shownNote !== span.note) {
    setShownNote(span.note)
    setNote(span.note ?? '')
  }
  const saveNote = () => annotate.setNote(span.id, note)
  return (
    <section
      className="inspector"
      aria-label="Selected span"
      onKeyDown={(event) => {
        // Back to the text, the span still selected; a field's own Escape (undo the note) stays its.
        if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return
        if (focusText()) event.preventDefault()
      }}
    >
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
      <AttributeFields span={span} label={labels.find((label) => label.id === span.label)} />
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
      <button
        type="button"
        className="danger"
        onClick={() => {
          annotate.deleteSpan(span.id)
          // The inspector goes with the span: the focus goes back to the text.
          focusText()
        }}
      >
        Delete span
      </button>
      <CommentThreads
        docId={docId}
        target={target}
        focusSeq={composeSeq}
        placeholder="Comment on this span… (C)"
        aboutThread={(thread) =>
          thread.target.kind === 'span' && spanAnchor(thread.target, span) === 'changed' ? (
            <ThreadAbout
              target={thread.target}
              labels={labels}
              annotator={annotator}
              anchor="changed"
            />
          ) : null
        }
      />
    </section>
  )
}
