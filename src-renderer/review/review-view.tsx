import { useEffect, useMemo } from 'react'

import { MOD } from '../components/undo-redo-buttons'
import { useAppState, useCommands } from '../state/use-store'
import { annotatorBadges } from './annotator-badges'
import { ReviewDocuments } from './review-documents'
import { ReviewHeader } from './review-header'
import { ReviewPanel } from './review-panel'
import { ReviewText } from './review-text'
import { useReviewKeys } from './use-review-keys'

/** Review mode: the documents, one article with every chosen annotator's spans, the decisions. */
export function ReviewView() {
  const doc = useAppState((state) => state.review.doc)
  const loaded = useAppState((state) => state.review.annotators.length > 0)
  const available = useAppState((state) => state.review.available.length)
  const opening = useAppState((state) => state.review.openingDocId !== null)
  const diskSeq = useAppState((state) => state.disk.seq)
  const { review } = useCommands()
  useReviewKeys()
  // Entering review reads the list and the document again: colleagues' work may have come in.
  useEffect(() => {
    void review.refresh()
  }, [review])
  useEffect(() => {
    void review.applyDiskNews()
  }, [review, diskSeq])
  const badges = useMemo(
    () => annotatorBadges(doc?.layers.map((layer) => layer.annotator) ?? []),
    [doc?.layers],
  )
  if (!doc) {
    return (
      <>
        <ReviewDocuments />
        <div className="empty-state">
          {!loaded && available === 0 ? (
            <>
              <h2>Nothing to review yet</h2>
              <p>
                Review compares annotators' spans. Annotate, import a colleague's annotations (File
                → Import annotations…), or merge a colleague's project folder first.
              </p>
            </>
          ) : (
            <p>{opening ? 'Opening…' : 'Choose a document on the left.'}</p>
          )}
        </div>
      </>
    )
  }
  return (
    <>
      <ReviewDocuments />
      <main className="annotate-main review-main">
        <ReviewHeader doc={doc} badges={badges} />
        <ReviewText key={doc.entry.id} doc={doc} />
        <div className="key-hints" aria-hidden="true">
          <kbd>N</kbd>/<kbd>P</kbd> next/previous · <kbd>1</kbd>–<kbd>9</kbd> accept a version ·{' '}
          <kbd>X</kbd> reject · <kbd>A</kbd> accept agreed · text + label key: add to gold ·{' '}
          <kbd>[</kbd> <kbd>]</kbd> gold start · <kbd>{'{'}</kbd> <kbd>{'}'}</kbd> gold end ·{' '}
          <kbd>{MOD}Z</kbd> undo
        </div>
      </main>
      <ReviewPanel doc={doc} badges={badges} />
    </>
  )
}
