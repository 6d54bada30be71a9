import type { ReviewGroup } from '@core/review/review-group'
import { indexDecisions, isSettled } from '@core/review/decisions'

import { WindowedList } from '../components/windowed-list'
import type { ReviewDoc } from '../state/review-state'
import { useCommands } from '../state/use-store'
import { KIND_NAMES } from './group-words'

const SNIPPET = 70

interface DisagreementListProps {
  readonly doc: ReviewDoc
  readonly groups: readonly ReviewGroup[]
  readonly currentId: string | null
}

/** The groups the filter shows, in text order; choosing one makes it current. */
export function DisagreementList({ doc, groups, currentId }: DisagreementListProps) {
  const { review } = useCommands()
  const decisions = indexDecisions(doc.gold.decisions)
  if (groups.length === 0) {
    return <p className="empty-note">Nothing to show here.</p>
  }
  return (
    <WindowedList
      label="Disagreements"
      className="group-list"
      count={groups.length}
      keyOf={(index) => groups[index]?.id ?? index}
      rowHeight={46}
      currentIndex={groups.findIndex((group) => group.id === currentId)}
      renderRow={(index) => {
        const group = groups[index] as ReviewGroup
        const text = doc.text.slice(group.start, group.end)
        const settled = isSettled(group, decisions)
        return (
          <button
            type="button"
            className={`span-item kind-${group.kind}`}
            aria-current={group.id === currentId ? 'true' : undefined}
            onClick={() => review.selectGroup(group.id, true)}
          >
            <span className="span-item-head">
              <span className="kind-dot" aria-hidden="true" />
              <span>{KIND_NAMES[group.kind]}</span>
              <span className="spacer" />
              {settled && <span className="settled-mark">✓ settled</span>}
            </span>
            <span className="span-item-text">
              {text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text}
            </span>
          </button>
        )
      }}
    />
  )
}
