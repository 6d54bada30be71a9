import { relationTypeName, relationTypesOf } from '@core/relations/relation-types'
import { goldEndsOf } from '@core/review/accept-relation'
import type { CSSProperties } from 'react'

import { relationComparisons } from '../state/review-relations'
import type { ReviewDoc } from '../state/review-state'
import { useAppState, useCommands } from '../state/use-store'
import type { AnnotatorBadge } from './annotator-badges'
import { RELATION_ACCEPT } from './relation-focus'

const QUOTE = 40

interface RelationReviewProps {
  readonly doc: ReviewDoc
  readonly badges: ReadonlyMap<string, AnnotatorBadge>
}

/** The annotators' relations, agreed or missing, each with a button that copies it into gold. */
export function RelationReview({ doc, badges }: RelationReviewProps) {
  const project = useAppState((state) => state.session?.project)
  const { decide } = useCommands()
  const comparisons = relationComparisons(doc)
  if (comparisons.length === 0) return null
  const types = project ? relationTypesOf(project) : []
  const agreed = comparisons.filter((item) => item.agreed).length
  const quoteOf = (groupId: string): string => {
    const group = doc.groups.find((item) => item.id === groupId)
    const quote = group ? doc.text.slice(group.start, group.end) : ''
    return quote.length > QUOTE ? `${quote.slice(0, QUOTE - 1)}…` : quote
  }
  const inGold = (item: (typeof comparisons)[number]): boolean => {
    const ends = goldEndsOf(item, doc.groups, doc.gold, doc.text)
    return (
      ends.ok &&
      (doc.gold.relations ?? []).some(
        (r) => r.type === item.type && r.from === ends.from.id && r.to === ends.to.id,
      )
    )
  }

  return (
    <section className="panel-section relation-review" aria-label="Relations">
      <h3>
        Relations{' '}
        <span className="count">
          {agreed} agreed · {comparisons.length - agreed} missing
        </span>
      </h3>
      <ul className="relation-review-list">
        {comparisons.map((item, index) => {
          const rowId = `relation-review-${index}`
          const ends = goldEndsOf(item, doc.groups, doc.gold, doc.text)
          const done = inGold(item)
          const type = relationTypeName(types, item.type)
          const from = quoteOf(item.from)
          const to = quoteOf(item.to)
          return (
            <li key={item.key} className={item.agreed ? 'relation-agreed' : 'relation-missing'}>
              <div className="relation-ends">
                “{from}” <strong>{type}</strong> “{to}”
              </div>
              <div className="version-head">
                <span className="relation-status">{item.agreed ? 'agreed' : 'missing'}</span>
                {item.annotators.map((name) => (
                  <span
                    key={name}
                    className="annotator-badge"
                    title={name}
                    style={{ '--a': badges.get(name)?.color } as CSSProperties}
                  >
                    {badges.get(name)?.initials}
                  </span>
                ))}
                <span className="spacer" />
                <button
                  type="button"
                  {...{ [RELATION_ACCEPT]: '' }}
                  // aria-disabled, not disabled: R must still reach the row, and its reason be read.
                  aria-disabled={!ends.ok || done}
                  aria-describedby={ends.ok ? undefined : `${rowId}-why`}
                  title={done ? 'In gold' : ends.ok ? undefined : ends.reason}
                  aria-label={`Accept relation “${from}” ${type} “${to}”`}
                  onClick={() => {
                    if (ends.ok && !done) decide.acceptRelation(item.key)
                  }}
                >
                  {done ? 'In gold' : 'Accept'}
                </button>
              </div>
              {!ends.ok && (
                <div id={`${rowId}-why`} className="version-none">
                  {ends.reason}
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
