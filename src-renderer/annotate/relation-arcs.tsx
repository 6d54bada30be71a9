import type { Relation, RelationType } from '@core/relations/relation'
import { relationTypeShown } from '@core/relations/relation-types'
import type { Span } from '@core/spans/span'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'

import type { RelationDraft } from '../state/relation-draft'
import { arcPath, endBox, type EndBox } from './relation-geometry'
import { relationLine } from './relation-wording'

export interface RelationArcsProps {
  readonly selected: Span | null
  readonly relations: readonly Relation[]
  readonly spanById: (id: string) => Span | undefined
  readonly types: readonly RelationType[]
  readonly draft: RelationDraft | null
}

interface Drawn {
  readonly arcs: readonly {
    key: string
    d: string
    label: string
    labelX: number
    labelY: number
    draft: boolean
  }[]
  readonly away: readonly { key: string; text: string }[]
  readonly notesAt: { readonly left: number; readonly top: number } | null
  readonly target: EndBox | null
}

const NOTHING: Drawn = { arcs: [], away: [], notesAt: null, target: null }

/**
 * The selected span's relations over the text: an arc with the type's name to each related
 * span that is drawn on screen, and under the span a line naming each one that is not
 * ("→ made by: 'Home Office' (below)"), as the text is virtualised. While a relation is
 * drawn, a dashed arc runs to the span the keyboard is on. Measured after every render of
 * the text and on scroll; it never takes a click (the text under it does).
 */
export function RelationArcs(props: RelationArcsProps) {
  const [drawn, setDrawn] = useState<Drawn>(NOTHING)
  const [scrolls, setScrolls] = useState(0)
  const layer = useRef<SVGSVGElement>(null)

  useEffect(() => {
    const root = layer.current?.closest<HTMLElement>('.text-view')
    if (!root) return
    let frame = 0
    const onScroll = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setScrolls((n) => n + 1))
    }
    root.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      root.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [])

  // Props are new on every render of the view, as the blocks under it mount and reflow.
  useLayoutEffect(() => {
    const root = layer.current?.closest<HTMLElement>('.text-view')
    if (!root) return
    const next = measure(root, props)
    setDrawn((now) => (JSON.stringify(now) === JSON.stringify(next) ? now : next))
  }, [props, scrolls])

  return (
    <>
      <svg ref={layer} className="relation-arcs" aria-hidden="true">
        <defs>
          <marker
            id="relation-head"
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 8 4 L 0 8 z" />
          </marker>
        </defs>
        {drawn.target && (
          <rect
            className="relation-target"
            data-testid="relation-target"
            x={drawn.target.left - 2}
            y={drawn.target.top - 2}
            width={drawn.target.width + 4}
            height={drawn.target.bottom - drawn.target.top + 4}
            rx="3"
          />
        )}
        {drawn.arcs.map((arc) => (
          <g key={arc.key} data-testid="relation-arc" className={arc.draft ? 'draft' : undefined}>
            <path d={arc.d} markerEnd="url(#relation-head)" />
            <text x={arc.labelX} y={arc.labelY} textAnchor="middle">
              {arc.label}
            </text>
          </g>
        ))}
      </svg>
      {drawn.notesAt && drawn.away.length > 0 && (
        <ul
          className="relation-away"
          style={{ left: drawn.notesAt.left, top: drawn.notesAt.top }}
          aria-label="Related spans out of view"
        >
          {drawn.away.map((note) => (
            <li key={note.key} data-testid="relation-away">
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function measure(root: HTMLElement, props: RelationArcsProps): Drawn {
  const { selected, draft } = props
  if (!selected) return NOTHING
  const own = endBox(root, selected.start, selected.end)
  if (!own) return NOTHING
  const arcs: Drawn['arcs'][number][] = []
  const away: Drawn['away'][number][] = []
  for (const relation of props.relations) {
    const outgoing = relation.from === selected.id
    if (!outgoing && relation.to !== selected.id) continue
    const other = props.spanById(outgoing ? relation.to : relation.from)
    if (!other) continue
    const box = endBox(
      root,
      other.start,
      other.end,
      other.start < selected.start ? 'last' : 'first',
    )
    const label = relationTypeShown(props.types, relation.type)
    if (box?.visible && own.visible) {
      const path = outgoing ? arcPath(own, box) : arcPath(box, own)
      arcs.push({ key: relation.id, label, ...path, draft: false })
    } else {
      const where = other.start < selected.start ? 'above' : 'below'
      away.push({
        key: relation.id,
        text: `${relationLine(outgoing, label, other.text)} (${where})`,
      })
    }
  }
  const targetSpan = draft?.target ? props.spanById(draft.target) : undefined
  const target = targetSpan
    ? endBox(
        root,
        targetSpan.start,
        targetSpan.end,
        targetSpan.start < selected.start ? 'last' : 'first',
      )
    : null
  if (target) arcs.push({ key: 'draft', label: '?', ...arcPath(own, target), draft: true })
  return { arcs, away, notesAt: { left: own.left, top: own.bottom + 4 }, target }
}
