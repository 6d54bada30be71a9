import type { ThreadCount } from '@core/comments/place-threads'
import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'
import { attributeLine } from '@core/spans/span-attributes'
import { memo, useCallback, type CSSProperties } from 'react'

import { FixedRowList } from '../components/fixed-row-list'

import { CommentCount } from '../comments/comment-count'
import { useCommands } from '../state/use-store'
import { spanTooltip } from './span-tooltip'
import { spanLabelText } from './span-label-text'

const SNIPPET = 90

// Keep in step with `.span-row` in side-panel.css: one line of label and note, two of text.
const SPAN_ROW_HEIGHT = 68

const snippet = (text: string): string =>
  text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1).trimEnd()}…` : text

interface SpanListProps {
  readonly spans: readonly Span[]
  readonly labels: readonly Label[]
  /** Where the selected span is in `spans` (-1: none). */
  readonly selectedIndex: number
  /** Comment threads on each span (by id); spans without any are absent. */
  readonly commentCounts: ReadonlyMap<string, ThreadCount>
}

/**
 * The document's spans in text order; choosing one scrolls the text to it and selects it.
 * Rows of one height, windowed like the text: an article with 20,000 spans keeps a short
 * list in the DOM, and an edit costs the same as with 20 spans.
 */
export const SpanList = memo(function SpanList({
  spans,
  labels,
  selectedIndex,
  commentCounts,
}: SpanListProps) {
  const { annotate } = useCommands()
  const keyOf = useCallback((index: number) => spans[index]?.id ?? index, [spans])
  if (spans.length === 0) {
    return (
      <p className="empty-note">
        No spans yet. Select text in the article, then press a label key (1–9) or pick a label from
        the palette under the selection.
      </p>
    )
  }
  const byId = new Map(labels.map((label) => [label.id, label]))
  return (
    <FixedRowList
      list={{ 'aria-label': 'Spans', className: 'span-list' }}
      scrollClassName="span-scroll"
      count={spans.length}
      keyOf={keyOf}
      rowHeight={SPAN_ROW_HEIGHT}
      currentIndex={selectedIndex}
      renderRow={(index, style) => {
        const span = spans[index] as Span
        const label = byId.get(span.label)
        const comments = commentCounts.get(span.id)
        const attributes = attributeLine(span, label)
        return (
          <li style={style}>
            <button
              type="button"
              className="span-item span-row"
              aria-current={index === selectedIndex ? 'true' : undefined}
              aria-label={spanLabelText(span, label)}
              style={{ '--c': label?.color ?? '#8a8f98' } as CSSProperties}
              title={spanTooltip(span, label, attributes)}
              onClick={() => annotate.selectSpan(span.id, true)}
            >
              <span className="span-item-head">
                <span className="chip" aria-hidden="true" />
                <span className="span-item-label">{label?.name ?? span.label}</span>
                {attributes && <span className="span-item-attributes">{attributes}</span>}
                {span.note && <span className="span-item-note">{span.note}</span>}
                {comments && <CommentCount open={comments.open} total={comments.total} />}
              </span>
              <span className="span-item-text">{snippet(span.text)}</span>
            </button>
          </li>
        )
      }}
    />
  )
})
