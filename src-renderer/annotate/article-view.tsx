import type { Label } from '@core/labels/label'
import { snapSelection } from '@core/text/snap-selection'
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react'

import { whenIdle } from '../state/after-paint'
import type { TextSelection } from '../state/app-state'
import { BlockRow } from './block-row'
import { blockIndexAt, type TextBlock } from './blocks'
import { characterAtPoint } from './hit-test'
import { extendSelectionByKey } from './keyboard-selection'
import { LabelPalette } from './label-palette'
import { offsetsToRange } from './offsets-to-range'
import type { PaintSource } from './paint-plan'
import { blockIndexOfNode, withPinnedBlock } from './pinned-block'
import { selectionToOffsets } from './selection-to-offsets'
import { showSelection, useSelectionTracking } from './use-selection-tracking'

const LINE_HEIGHT = 30
// Blocks kept mounted beyond each edge of the view, so a scroll finds them drawn.
const OVERSCAN = 8
// 17px serif in a 620–680px column. Guessing a little short is cheaper than long: the first
// render then mounts a block too many rather than needing a second pass to fill the view.
const CHARS_PER_LINE = 72

// A first guess at a block's height; each mounted block is then measured for real.
const estimateHeight = (text: string, block: TextBlock): number => {
  let end = block.end
  while (end > block.start && text.charCodeAt(end - 1) === 0x0a) end--
  const blankLines = Math.max(0, block.end - end - 1)
  return (Math.max(1, Math.ceil((end - block.start) / CHARS_PER_LINE)) + blankLines) * LINE_HEIGHT
}

interface PointerDown {
  readonly x: number
  readonly y: number
  readonly exact: boolean
}

/** A request to bring a stretch of the text into view; a new `seq` asks again. */
export interface RevealRequest {
  readonly start: number
  readonly end: number
  readonly seq: number
}

export interface ArticleViewProps {
  /** What the text view is of, for screen readers: "Text of <title>". */
  readonly title: string
  readonly text: string
  /** `splitIntoBlocks(text)`, shared with whoever plans the paints. */
  readonly blocks: readonly TextBlock[]
  /** What each mounted block paints (see `layoutPaints`, `planSource`). */
  readonly paints: PaintSource
  /** The paint drawn as selected. */
  readonly selectedPaintId: string | null
  readonly reveal: RevealRequest | null
  /** The analyst's pending selection, and where it changes. */
  readonly selection: TextSelection | null
  readonly onSelection: (selection: TextSelection | null) => void
  /** A click that selected no text: the character under it (`null` off the text). */
  readonly onClickCharacter: (offset: number | null, sameAsLastClick: boolean) => void
  /** Where Shift+arrows start when nothing is selected yet. */
  readonly keyboardStart: () => number | null
  /** Labels offered in the palette under a selection, and what picking one does. */
  readonly labels: readonly Label[]
  readonly onPickLabel: (labelId: string) => void
  readonly snap: boolean
  /** Drawn over the text, in its scrolling coordinates (the relation arcs). */
  readonly overlay?: ReactNode
}

/**
 * An article: blocks of text, virtualised so only what is near the viewport is in the DOM,
 * with highlights painted under the text. Select with the mouse (Alt for an exact
 * selection) or Shift+arrows; what a click or a selection means is the caller's.
 */
export function ArticleView(props: ArticleViewProps) {
  const { text, blocks, paints, selection, snap, selectedPaintId } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const down = useRef<PointerDown | null>(null)
  const lastClick = useRef<number | null>(null)
  // The block holding the selection's anchor stays mounted while the selection lives.
  const pinned = useRef<number | null>(null)
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) =>
      withPinnedBlock(defaultRangeExtractor(range), pinned.current),
    [],
  )
  const [layoutVersion, setLayoutVersion] = useState(0)
  // The first screen is drawn alone; the blocks around it follow a few at a time while the
  // window is idle, so that none of them delays a frame the analyst is waiting for.
  const [overscan, setOverscan] = useState(0)
  useEffect(() => {
    if (overscan >= OVERSCAN) return
    return whenIdle(() => setOverscan((now) => Math.min(OVERSCAN, now + 2)))
  }, [overscan])

  // No React Compiler runs on this code; the virtualizer is used the way its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimateHeight(text, blocks[index] as TextBlock),
    overscan,
    // The window's size stands in for the view's until it is measured, so the first render
    // already holds the blocks on screen.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor,
    paddingStart: 28,
    paddingEnd: 96,
  })

  useSelectionTracking(scrollRef, selection, props.onSelection)

  // The view that had the focus went with its document (J/K, a list click): this one takes it.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) {
      scrollRef.current?.focus({ preventScroll: true })
    }
  }, [])

  useEffect(() => {
    if (down.current) return
    pinned.current = selection
      ? blockIndexOfNode(document.getSelection()?.anchorNode ?? null)
      : null
  }, [selection])

  // The text reflows when the view gets wider or narrower: measure the highlights again.
  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    let width = element.clientWidth
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return
      width = element.clientWidth
      setLayoutVersion((version) => version + 1)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const reveal = props.reveal
  useEffect(() => {
    if (reveal === null) return
    virtualizer.scrollToIndex(blockIndexAt(blocks, reveal.start), { align: 'center' })
    // A block can be taller than the view: once it is mounted, centre the stretch itself.
    let frame = 0
    const centre = (triesLeft: number): void => {
      const root = scrollRef.current
      const range = root && offsetsToRange(root, reveal.start, reveal.end)
      if (!root || !range) {
        // The block mounts on the render after the scroll; look again on the next frame.
        if (triesLeft > 0) frame = requestAnimationFrame(() => centre(triesLeft - 1))
        return
      }
      const rect = range.getBoundingClientRect()
      const view = root.getBoundingClientRect()
      if (rect.top >= view.top && rect.bottom <= view.bottom) return
      root.scrollBy(0, rect.top + rect.height / 2 - (view.top + view.height / 2))
    }
    frame = requestAnimationFrame(() => centre(10))
    return () => cancelAnimationFrame(frame)
    // Only a new reveal request scrolls; selecting by clicking in the text does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.seq])

  const finishPointer = (event: globalThis.MouseEvent) => {
    const root = scrollRef.current
    const start = down.current
    down.current = null
    if (!root || !start) return
    const offsets = selectionToOffsets(document.getSelection(), root)
    if (offsets) {
      props.onSelection({ ...offsets, exact: start.exact })
      if (snap && !start.exact) {
        const snapped = snapSelection(text, offsets.start, offsets.end)
        if (snapped.start !== offsets.start || snapped.end !== offsets.end) {
          showSelection(root, snapped.start, snapped.end)
        }
      }
      return
    }
    pinned.current = null
    const moved = Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4
    if (moved) return
    const offset = characterAtPoint(root, event.clientX, event.clientY)
    props.onClickCharacter(offset, offset !== null && lastClick.current === offset)
    lastClick.current = offset
  }

  const onMouseDown = (event: MouseEvent) => {
    if (event.button !== 0) return
    down.current = { x: event.clientX, y: event.clientY, exact: event.altKey }
    pinned.current = blockIndexOfNode(event.target as Node)
    window.addEventListener('mouseup', finishPointer, { once: true })
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    const root = scrollRef.current
    if (!root) return
    const from = (): number =>
      props.keyboardStart() ?? blocks[virtualizer.getVirtualItems()[0]?.index ?? 0]?.start ?? 0
    const offsets = extendSelectionByKey(root, event.nativeEvent, from)
    if (offsets === undefined) return
    event.preventDefault()
    props.onSelection(offsets ? { ...offsets, exact: false } : null)
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div
      ref={scrollRef}
      className="text-view"
      data-testid="text-view"
      role="region"
      aria-label={`Text of ${props.title}`}
      tabIndex={0}
      onMouseDown={onMouseDown}
      onKeyDown={onKeyDown}
    >
      <div className="text-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const block = blocks[item.index] as TextBlock
          const own = paints.paintsIn(block, item.index)
          // Only the block holding the selected paint hears of it, so the others stay as they are.
          const selected = own.some((paint) => paint.spanId === selectedPaintId)
          return (
            <BlockRow
              key={item.key}
              index={item.index}
              start={block.start}
              text={text.slice(block.start, block.end)}
              top={item.start}
              paints={own}
              selectedSpanId={selected ? selectedPaintId : null}
              layoutVersion={layoutVersion}
              measure={virtualizer.measureElement}
            />
          )
        })}
        {props.overlay}
        {selection && (
          <LabelPalette
            root={scrollRef}
            range={
              snap && !selection.exact
                ? snapSelection(text, selection.start, selection.end)
                : selection
            }
            labels={props.labels}
            onPick={(labelId) => {
              // The palette goes with the selection; the focus stays in the text, not lost.
              props.onPickLabel(labelId)
              scrollRef.current?.focus({ preventScroll: true })
            }}
            layoutVersion={layoutVersion}
          />
        )}
      </div>
    </div>
  )
}
