import type { Label } from '@core/labels/label'
import { GOLD_LAYER } from '@core/review/review-records'
import type { Span } from '@core/spans/span'

import { AttributeFields } from '../annotate/attribute-fields'
import { CommentThreads } from '../comments/comment-threads'
import { LabelChoices } from '../components/label-choices'
import { useAppState, useCommands } from '../state/use-store'

interface GoldInspectorProps {
  readonly docId: string
  readonly span: Span
  readonly labels: readonly Label[]
}

// The keys are the review view's: [ ] move the start, { } move the end.
const EDGE_BUTTONS = [
  { edge: 'start', direction: -1, key: '[' },
  { edge: 'start', direction: 1, key: ']' },
  { edge: 'end', direction: -1, key: '{' },
  { edge: 'end', direction: 1, key: '}' },
] as const

const METHOD_WORDS = {
  accepted: 'accepted',
  edited: 'accepted, then edited',
  added: 'added',
  majority: 'taken by majority vote',
} as const

/**
 * The selected gold span: its label, its attributes (as the annotate view's inspector edits
 * them), its boundaries a word at a time, or out of gold.
 */
export function GoldInspector({ docId, span, labels }: GoldInspectorProps) {
  const { decide } = useCommands()
  const hasSelection = useAppState((state) => state.selection !== null)
  const review = span.review
  return (
    <section className="inspector gold-inspector" aria-label="Gold span">
      <h3>Gold span</h3>
      <blockquote className="inspector-quote">{span.text}</blockquote>
      {review && (
        <div className="inspector-offsets">
          {METHOD_WORDS[review.method]}
          {review.from.length > 0 && ` from ${review.from.join(', ')}`} by {review.by},{' '}
          {new Date(review.at).toLocaleString()}
        </div>
      )}
      <LabelChoices
        name="Gold label"
        labels={labels}
        value={span.label}
        onChoose={decide.relabelGold}
      />
      <AttributeFields
        span={span}
        label={labels.find((label) => label.id === span.label)}
        onSet={decide.setGoldAttribute}
      />
      <div className="edge-controls">
        {EDGE_BUTTONS.map(({ edge, direction, key }) => (
          <span key={key} className="edge-button">
            {direction === -1 && <span>{edge === 'start' ? 'Start' : 'End'}</span>}
            <button
              type="button"
              aria-label={`Move the ${edge} one word ${direction === -1 ? 'left' : 'right'}`}
              title={key}
              onClick={() => decide.nudgeGold(edge, direction)}
            >
              {direction === -1 ? '◀' : '▶'}
            </button>
          </span>
        ))}
      </div>
      <div className="gold-actions">
        <button
          type="button"
          disabled={!hasSelection}
          // Keep the text selection: pressing the button must not end it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={decide.goldToSelection}
          title="Select text in the article first"
        >
          Use the text selection
        </button>
        <button type="button" className="danger" onClick={decide.removeGold}>
          Remove from gold
        </button>
      </div>
      <CommentThreads
        docId={docId}
        target={{
          kind: 'span',
          annotator: GOLD_LAYER,
          spanId: span.id,
          start: span.start,
          end: span.end,
          label: span.label,
          text: span.text,
        }}
      />
    </section>
  )
}
