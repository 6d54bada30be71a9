import type { ReviewGroup } from '@core/review/review-group'

import { describeGroup, KIND_NAMES } from '../review/group-words'

const SNIPPET = 80

interface DisagreementLinksProps {
  readonly text: string
  readonly groups: readonly ReviewGroup[]
  /** Opens review at the group. */
  readonly onOpen: (groupId: string) => void
}

/** The document's disagreements behind the figures, each a link to its place in review. */
export function DisagreementLinks({ text, groups, onOpen }: DisagreementLinksProps) {
  return (
    <section className="agreement-panel agreement-wide" aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading">
        Disagreements <span className="count">{groups.length}</span>
      </h3>
      {groups.length === 0 ? (
        <p className="empty-note">The annotators agree on every span of this document.</p>
      ) : (
        <ul className="disagreement-links" aria-label="Disagreements in this document">
          {groups.map((group) => {
            const quote = text.slice(group.start, group.end)
            return (
              <li key={group.id} className={`kind-${group.kind}`}>
                <button type="button" className="link-button" onClick={() => onOpen(group.id)}>
                  {KIND_NAMES[group.kind]}
                </button>
                <span className="link-quote">
                  “{quote.length > SNIPPET ? `${quote.slice(0, SNIPPET - 1)}…` : quote}”
                </span>
                <span className="panel-note">{describeGroup(group)}</span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
