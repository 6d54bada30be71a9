import { useMemo } from 'react'

import type { OpenDoc } from '../state/app-state'
import { useAppState, useCommands } from '../state/use-store'
import { ArticleView, type RevealRequest } from './article-view'
import { splitIntoBlocks } from './blocks'
import { spanForClick } from './hit-test'
import { planGoldDiffPaints } from './gold-diff-paints'
import { layoutPaints } from './layout-paints'
import { useFindPaints } from './use-find-paints'
import { withPlan } from './paint-plan'
import { useGoldComparison } from './use-gold-comparison'
import { pickRelationEnd } from './relation-end-click'
import { TextRelations } from './text-relations'

const NO_LABELS: readonly never[] = []

/**
 * The article in the annotate view: the current annotator's spans painted, a selection
 * labelled with a key or the palette, a click selecting the span under it (again: the one
 * around it).
 */
export function TextView({ doc }: { readonly doc: OpenDoc }) {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const snap = useAppState((state) => state.session?.project?.settings.snapToWords ?? true)
  const selection = useAppState((state) => state.selection)
  const selectedSpanId = useAppState((state) => state.selectedSpanId)
  const revealSeq = useAppState((state) => state.revealSeq)
  const revealAt = useAppState((state) => state.revealAt)
  const { annotate, relations } = useCommands()
  const linking = useAppState((state) => state.linking)

  const blocks = useMemo(() => splitIntoBlocks(doc.text), [doc.text])
  const { comparison } = useGoldComparison(doc)
  const spanPaints = useMemo(() => {
    const own = layoutPaints(doc.layout, labels)
    return comparison ? withPlan(own, planGoldDiffPaints(blocks, comparison, labels)) : own
  }, [blocks, doc.layout, labels, comparison])
  const paints = useFindPaints(doc.text, spanPaints)

  const reveal = useMemo((): RevealRequest | null => {
    if (revealSeq === 0) return null
    const span = revealAt ?? doc.spans.find((candidate) => candidate.id === selectedSpanId)
    return span ? { start: span.start, end: span.end, seq: revealSeq } : null
    // Only a new reveal request moves the view, not every edit of the spans.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealSeq])

  return (
    <ArticleView
      title={doc.entry.title}
      text={doc.text}
      blocks={blocks}
      paints={paints}
      selectedPaintId={selectedSpanId}
      reveal={reveal}
      selection={selection}
      onSelection={annotate.setSelection}
      onClickCharacter={(offset, sameAsLastClick) => {
        // While a relation is drawn, a click on a span picks its other end.
        if (linking) return pickRelationEnd(doc.spans, offset, linking, relations)
        const span =
          offset === null ? null : spanForClick(doc.spans, offset, selectedSpanId, sameAsLastClick)
        annotate.selectSpan(span?.id ?? null)
      }}
      // Shift+arrows go on from the selected span, else from where the view was last taken (a
      // find match): Ctrl+F, Esc, Shift+arrows selects from the match, without a mouse.
      keyboardStart={() =>
        doc.spans.find((span) => span.id === selectedSpanId)?.end ?? revealAt?.start ?? null
      }
      labels={labels}
      onPickLabel={annotate.createSpan}
      snap={snap}
      overlay={<TextRelations doc={doc} />}
    />
  )
}
