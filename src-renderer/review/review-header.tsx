import { indexDecisions } from '@core/review/decisions'
import { reviewProgress } from '@core/review/review-progress'
import { useMemo, useState, type CSSProperties } from 'react'

import { UndoRedoButtons } from '../components/undo-redo-buttons'
import type { ReviewDoc } from '../state/review-state'
import { emptyHistory } from '../state/history'
import { useAppState, useCommands } from '../state/use-store'
import { AnnotatorChooser } from './annotator-chooser'
import { GOLD_BADGE, type AnnotatorBadge } from './annotator-badges'

interface ReviewHeaderProps {
  readonly doc: ReviewDoc
  readonly badges: ReadonlyMap<string, AnnotatorBadge>
}

/** The document under review: who is compared, where review stands, the bulk actions. */
export function ReviewHeader({ doc, badges }: ReviewHeaderProps) {
  const { review, decide } = useCommands()
  const showGold = useAppState((state) => state.review.showGold)
  const history = useAppState((state) => state.review.histories[doc.entry.id] ?? emptyHistory)
  const progress = useMemo(
    () => reviewProgress(doc.groups, indexDecisions(doc.gold.decisions)),
    [doc.groups, doc.gold.decisions],
  )
  const [majorityNote, setMajorityNote] = useState<string | null>(null)
  const adjudicated = progress.adjudicated && doc.layers.length > 0
  const agreedOpen = progress.open.agreed

  const everywhere = async () => {
    const summary = await decide.majorityEverywhere()
    if (summary) {
      setMajorityNote(
        `Majority vote on ${summary.documents} documents: ${summary.added} spans added to gold, ${summary.left} disagreements left.`,
      )
    }
  }

  return (
    <div className="review-header">
      <div className="doc-header">
        <h1 className="doc-heading" title={doc.entry.sourceName}>
          {doc.entry.title}
        </h1>
        <span
          className={`status-badge ${adjudicated ? 'status-done' : 'status-in-progress'}`}
          data-testid="review-status"
        >
          {adjudicated ? 'Adjudicated' : 'In review'}
        </span>
        <span className="spacer" />
        <UndoRedoButtons
          canUndo={history.undo.length > 0}
          canRedo={history.redo.length > 0}
          onUndo={decide.undo}
          onRedo={decide.redo}
        />
      </div>
      <div className="review-toolbar">
        <AnnotatorChooser badges={badges} />
        <ol className="lane-legend" aria-label="Lanes under the text">
          {doc.layers.map((layer, index) => (
            <li
              key={layer.annotator}
              style={{ '--a': badges.get(layer.annotator)?.color } as CSSProperties}
            >
              <kbd>{index + 1}</kbd>
              <span className="annotator-badge" aria-hidden="true">
                {badges.get(layer.annotator)?.initials}
              </span>
              {layer.annotator}
            </li>
          ))}
          {showGold && (
            <li style={{ '--a': GOLD_BADGE.color } as CSSProperties}>
              <span className="annotator-badge gold-badge" aria-hidden="true">
                {GOLD_BADGE.initials}
              </span>
              gold
            </li>
          )}
        </ol>
        <label className="gold-toggle">
          <input
            type="checkbox"
            checked={showGold}
            onChange={(event) => review.setShowGold(event.target.checked)}
          />
          Show gold
        </label>
        <span className="spacer" />
        <span className="settled-count" data-testid="settled-count">
          {progress.settledDisagreements} of {progress.disagreements} disagreements settled
        </span>
        <button
          type="button"
          onClick={decide.acceptAllAgreed}
          disabled={agreedOpen === 0}
          title="A: accept every span all annotators agree on"
        >
          Accept {agreedOpen} agreed <kbd>A</kbd>
        </button>
        <button
          type="button"
          onClick={decide.majorityHere}
          title="Put what more than half of the annotators share into gold (this document)"
        >
          Majority vote
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => void everywhere()}
          title="The majority vote on every document of the project"
        >
          …all documents
        </button>
      </div>
      {doc.notAnnotated.length > 0 && (
        <p className="review-note">
          Not annotated by {doc.notAnnotated.join(', ')}: left out of the comparison.
        </p>
      )}
      {doc.layers.length === 1 && (
        <p className="review-note">
          Only {doc.layers[0]?.annotator} has annotated this document: there is nothing to compare
          their spans with.
        </p>
      )}
      {majorityNote && (
        <p className="review-note" role="status">
          {majorityNote}
        </p>
      )}
    </div>
  )
}
