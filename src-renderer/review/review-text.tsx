import { useMemo, type CSSProperties } from 'react'

import { ArticleView, type RevealRequest } from '../annotate/article-view'
import { splitIntoBlocks } from '../annotate/blocks'
import { planSource } from '../annotate/paint-plan'
import type { ReviewDoc } from '../state/review-state'
import { useAppState, useCommands } from '../state/use-store'
import { annotatorBadges } from './annotator-badges'
import { planReviewPaints } from './review-paints'

const NO_LABELS: readonly never[] = []

/**
 * The article under review: every annotator's spans on a lane of their own, the gold layer
 * filled in. A click picks the gold span or the group there; a selection plus a label key
 * (or the palette) puts that stretch into gold.
 */
export function ReviewText({ doc }: { readonly doc: ReviewDoc }) {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const snap = useAppState((state) => state.session?.project?.settings.snapToWords ?? true)
  const selection = useAppState((state) => state.selection)
  const groupId = useAppState((state) => state.review.groupId)
  const goldSpanId = useAppState((state) => state.review.goldSpanId)
  const showGold = useAppState((state) => state.review.showGold)
  const revealSeq = useAppState((state) => state.review.revealSeq)
  const { annotate, review, decide } = useCommands()

  const blocks = useMemo(() => splitIntoBlocks(doc.text), [doc.text])
  const badges = useMemo(
    () => annotatorBadges(doc.layers.map((layer) => layer.annotator)),
    [doc.layers],
  )
  const paints = useMemo(
    () =>
      planSource(
        planReviewPaints(blocks, doc, { labels, badges, currentGroupId: groupId, showGold }),
      ),
    [blocks, doc, labels, badges, groupId, showGold],
  )

  const reveal = useMemo((): RevealRequest | null => {
    if (revealSeq === 0) return null
    const target =
      doc.gold.spans.find((span) => span.id === goldSpanId) ??
      doc.groups.find((group) => group.id === groupId)
    return target ? { start: target.start, end: target.end, seq: revealSeq } : null
    // Only a new reveal request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSeq])

  const lanes = doc.layers.length + (showGold ? 1 : 0)
  return (
    <div className="review-text" style={{ '--lanes': lanes } as CSSProperties}>
      <ArticleView
        title={doc.entry.title}
        text={doc.text}
        blocks={blocks}
        paints={paints}
        selectedPaintId={goldSpanId}
        reveal={reveal}
        selection={selection}
        onSelection={annotate.setSelection}
        onClickCharacter={(offset) => review.clickAt(offset)}
        keyboardStart={() => doc.groups.find((group) => group.id === groupId)?.end ?? null}
        labels={labels}
        onPickLabel={decide.addFromSelection}
        snap={snap}
      />
    </div>
  )
}
