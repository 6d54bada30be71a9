import { memo, useCallback, useLayoutEffect, useRef, useState, type CSSProperties } from 'react'

import type { Box } from './line-boxes'
import { lineBoxes } from './line-boxes'
import { rangeInBlock } from './offsets-to-range'
import type { Paint } from './paint-plan'
import { samePaints } from './same-paints'
import { BLOCK_ATTRIBUTE } from './selection-to-offsets'

interface PaintedBox extends Box {
  readonly paint: Paint
  readonly key: string
  /** The paint's first line box carries its tag. */
  readonly first: boolean
}

const boxClass = (paint: Paint, selected: boolean): string => {
  const variants = paint.variant ? paint.variant.split(' ').map((name) => ` hl-${name}`) : []
  return `hl${variants.join('')}${selected ? ' selected' : ''}`
}

interface BlockRowProps {
  readonly index: number
  readonly start: number
  readonly text: string
  readonly top: number
  /** Compared by value: a block whose paints are as they were is not drawn again. */
  readonly paints: readonly Paint[]
  readonly selectedSpanId: string | null
  /** Bumped when the text reflows (width change), so the boxes are measured again. */
  readonly layoutVersion: number
  readonly measure: (element: HTMLElement | null) => void
}

const NO_BOXES: readonly PaintedBox[] = []

const sameProps = (a: BlockRowProps, b: BlockRowProps): boolean =>
  a.index === b.index &&
  a.start === b.start &&
  a.text === b.text &&
  a.top === b.top &&
  a.selectedSpanId === b.selectedSpanId &&
  a.layoutVersion === b.layoutVersion &&
  a.measure === b.measure &&
  samePaints(a.paints, b.paints)

/**
 * One block of the article: its text as a single text node, and under it a layer of
 * highlight boxes measured from the text with Range.getClientRects. Painting never touches
 * the text itself, so offsets always map straight onto the text node.
 */
export const BlockRow = memo(function BlockRow(props: BlockRowProps) {
  const { index, start, text, top, paints, selectedSpanId, layoutVersion, measure } = props
  const rowRef = useRef<HTMLDivElement | null>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const [boxes, setBoxes] = useState(NO_BOXES)

  const setRow = useCallback(
    (element: HTMLDivElement | null) => {
      rowRef.current = element
      measure(element)
    },
    [measure],
  )

  // The text reflows without any prop changing when its line height changes (review's lanes)
  // or its width does: its own size is watched, and a change measures the boxes again.
  const [reflows, setReflows] = useState(0)
  useLayoutEffect(() => {
    const block = textRef.current
    if (!block) return
    let known: { width: number; height: number } | null = null
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      if (known && (known.width !== width || known.height !== height)) setReflows((n) => n + 1)
      known = { width, height }
    })
    observer.observe(block)
    return () => observer.disconnect()
  }, [])

  // What the boxes were last measured for: a re-render for another reason (the block moved,
  // its selection changed) must not force a layout to measure the same boxes again.
  const measured = useRef<{
    paints: readonly Paint[]
    version: number
    text: string
    reflows: number
  } | null>(null)

  useLayoutEffect(() => {
    const last = measured.current
    const same = last?.version === layoutVersion && last.text === text && last.reflows === reflows
    if (same && samePaints(last.paints, paints)) return
    measured.current = { paints, version: layoutVersion, text, reflows }
    const row = rowRef.current
    const block = textRef.current
    if (!row || !block || paints.length === 0) {
      setBoxes(NO_BOXES)
      return
    }
    const origin = row.getBoundingClientRect()
    const next: PaintedBox[] = []
    for (const paint of paints) {
      const range = rangeInBlock(block, paint.start, paint.end)
      if (!range) continue
      lineBoxes(range.getClientRects(), origin).forEach((box, line) =>
        next.push({ ...box, paint, key: `${paint.spanId}:${line}`, first: line === 0 }),
      )
    }
    setBoxes(next)
  }, [paints, layoutVersion, text, reflows])

  return (
    <div
      ref={setRow}
      className="block-row"
      data-index={index}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div className="block-paint" aria-hidden="true">
        {boxes.map(({ paint, key, first, left, top: boxTop, width, height }) => (
          <div
            key={key}
            data-testid="highlight"
            data-span-id={paint.spanId}
            data-label={paint.label}
            data-tag={first ? paint.tag : undefined}
            className={boxClass(paint, paint.spanId === selectedSpanId)}
            style={
              {
                left,
                top: boxTop,
                width,
                height,
                '--c': paint.color,
                '--d': paint.depth,
                ...(paint.tagColor !== undefined && { '--t': paint.tagColor }),
              } as CSSProperties
            }
          />
        ))}
      </div>
      <div ref={textRef} className="block-text" {...{ [BLOCK_ATTRIBUTE]: start }}>
        {text}
      </div>
    </div>
  )
}, sameProps)
