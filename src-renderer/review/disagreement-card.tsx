import type { Label } from '@core/labels/label'
import { indexDecisions, isSettled } from '@core/review/decisions'
import type { ReviewGroup } from '@core/review/review-group'
import { useMemo, type CSSProperties } from 'react'

import { CommentThreads } from '../comments/comment-threads'

import type { ReviewDoc } from '../state/review-state'
import { useCommands } from '../state/use-store'
import type { AnnotatorBadge } from './annotator-badges'
import { describeGroup, KIND_NAMES } from './group-words'
import { ToggleComments } from './version-comments'
import { VersionAttributes } from './version-attributes'

const QUOTE = 160

interface DisagreementCardProps {
  readonly doc: ReviewDoc
  readonly group: ReviewGroup
  readonly labels: readonly Label[]
  readonly badges: ReadonlyMap<string, AnnotatorBadge>
  /** Where the group stands in the list, e.g. "3 of 7"; null when the list does not show it. */
  readonly position: string | null
}

const verdictWords = { accepted: '✓ in gold', rejected: '✗ rejected' } as const

/** The group being decided: each annotator's version with a key to accept it, and reject. */
export function DisagreementCard({ doc, group, labels, badges, position }: DisagreementCardProps) {
  const { decide } = useCommands()
  const decisions = indexDecisions(doc.gold.decisions)
  const settled = isSettled(group, decisions)
  const quote = doc.text.slice(group.start, group.end)
  const docId = doc.entry.id
  const target = useMemo(
    () => ({ kind: 'range' as const, start: group.start, end: group.end, text: quote }),
    [group.start, group.end, quote],
  )
  const labelOf = (id: string) => labels.find((label) => label.id === id)
  return (
    <section className={`group-card kind-${group.kind}`} aria-label="Current disagreement">
      <div className="group-card-head">
        <span className="kind-name">{KIND_NAMES[group.kind]}</span>
        {position && <span className="group-position">{position}</span>}
        <span className={settled ? 'group-state settled' : 'group-state'} data-testid="group-state">
          {settled ? 'Settled' : 'Open'}
        </span>
      </div>
      <p className="group-why">{describeGroup(group)}</p>
      <blockquote className="inspector-quote">
        {quote.length > QUOTE ? `${quote.slice(0, QUOTE - 1)}…` : quote}
      </blockquote>
      <ol className="versions">
        {doc.layers.map((layer, index) => {
          const mine = group.candidates.filter((c) => c.annotators.includes(layer.annotator))
          const badge = badges.get(layer.annotator)
          return (
            <li key={layer.annotator} style={{ '--a': badge?.color } as CSSProperties}>
              <div className="version-head">
                <kbd>{index + 1}</kbd>
                <span className="annotator-badge" aria-hidden="true">
                  {badge?.initials}
                </span>
                <span className="version-who">{layer.annotator}</span>
                <span className="spacer" />
                <button
                  type="button"
                  onClick={() => decide.acceptVersionOf(index)}
                  aria-label={`Accept ${layer.annotator}'s version`}
                  title={mine.length === 0 ? 'Nothing goes into gold here' : undefined}
                >
                  {mine.length === 0 ? 'Accept: none' : 'Accept'}
                </button>
              </div>
              {mine.length === 0 && <div className="version-none">nothing tagged here</div>}
              {mine.map((candidate) => {
                const label = labelOf(candidate.label)
                const verdict = decisions.get(candidate.key)?.verdict
                return (
                  <div
                    key={candidate.key}
                    className="version-span"
                    style={{ '--c': label?.color ?? '#8a8f98' } as CSSProperties}
                  >
                    <span className="chip" aria-hidden="true" />
                    <span className="version-label">{label?.name ?? candidate.label}</span>
                    <span className="version-text">
                      {doc.text.slice(candidate.start, candidate.end)}
                    </span>
                    {verdict && (
                      <span className={`verdict ${verdict}`}>{verdictWords[verdict]}</span>
                    )}
                    <VersionAttributes
                      candidate={candidate}
                      annotator={layer.annotator}
                      label={label}
                    />
                    {candidate.spans
                      .filter((item) => item.annotator === layer.annotator)
                      .map(({ span }) => (
                        <ToggleComments
                          key={span.id}
                          docId={docId}
                          label={`Comment on ${layer.annotator}'s span`}
                          target={{
                            kind: 'span',
                            annotator: layer.annotator,
                            spanId: span.id,
                            start: span.start,
                            end: span.end,
                            label: span.label,
                            text: span.text,
                          }}
                        />
                      ))}
                  </div>
                )
              })}
            </li>
          )
        })}
      </ol>
      <div className="group-actions">
        <button type="button" className="danger" onClick={decide.rejectCurrent}>
          Reject all <kbd>X</kbd>
        </button>
      </div>
      <CommentThreads docId={docId} target={target} placeholder="Comment on this disagreement…" />
    </section>
  )
}
