import type { Label } from '@core/labels/label'
import type { GoldComparison, GoldScore } from '@core/review/compare-with-gold'
import type { CSSProperties } from 'react'

import { useCommands } from '../state/use-store'

const KIND_WORDS = {
  added: 'In gold, not yours',
  removed: 'Yours, not in gold',
  relabelled: 'Other label in gold',
  moved: 'Other boundaries in gold',
} as const

const percent = (value: number | null): string =>
  value === null ? '—' : `${Math.round(value * 100)}%`

const SNIPPET = 70

function ScoreRow({ name, score, color }: { name: string; score: GoldScore; color?: string }) {
  return (
    <tr style={color ? ({ '--c': color } as CSSProperties) : undefined}>
      <th scope="row">
        {color && <span className="chip" aria-hidden="true" />} {name}
      </th>
      <td>{percent(score.f1)}</td>
      <td>{percent(score.precision)}</td>
      <td>{percent(score.recall)}</td>
    </tr>
  )
}

interface GoldFeedbackProps {
  readonly comparison: GoldComparison | null
  readonly labels: readonly Label[]
  readonly loading: boolean
}

/**
 * The annotator's spans against the adjudicated set: scores for the document and per label
 * (exact start, end and label), and every difference, which a click shows in the text.
 */
export function GoldFeedback({ comparison, labels, loading }: GoldFeedbackProps) {
  const { annotate } = useCommands()
  if (loading) return <p className="empty-note">Reading the gold set…</p>
  if (!comparison) {
    return <p className="empty-note">No gold set for this document yet: nothing was adjudicated.</p>
  }
  const labelOf = (id: string) => labels.find((label) => label.id === id)
  return (
    <div className="gold-feedback">
      <table className="score-table" aria-label="Your score against gold">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">F1</th>
            <th scope="col">Precision</th>
            <th scope="col">Recall</th>
          </tr>
        </thead>
        <tbody>
          <ScoreRow name="This document" score={comparison.score} />
          {Object.entries(comparison.perLabel).map(([id, score]) => {
            const label = labelOf(id)
            return <ScoreRow key={id} name={label?.name ?? id} score={score} color={label?.color} />
          })}
        </tbody>
      </table>
      {comparison.differences.length === 0 ? (
        <p className="empty-note">Gold keeps exactly your spans.</p>
      ) : (
        <ul className="gold-differences" aria-label="Differences from gold">
          {comparison.differences.map((difference) => {
            const span = difference.gold ?? difference.mine
            const mine = difference.mine
            const gold = difference.gold
            return (
              <li key={`${difference.kind}:${span?.id}`}>
                <button
                  type="button"
                  className={`span-item diff-item diff-${difference.kind}`}
                  onClick={() =>
                    mine
                      ? annotate.selectSpan(mine.id, true)
                      : annotate.revealRange(difference.start, difference.end)
                  }
                >
                  <span className="span-item-head">{KIND_WORDS[difference.kind]}</span>
                  <span className="span-item-text">
                    {(span?.text ?? '').slice(0, SNIPPET)}
                    {(span?.text.length ?? 0) > SNIPPET && '…'}
                  </span>
                  {difference.kind === 'relabelled' && mine && gold && (
                    <span className="span-item-note">
                      yours: {labelOf(mine.label)?.name ?? mine.label} → gold:{' '}
                      {labelOf(gold.label)?.name ?? gold.label}
                    </span>
                  )}
                  {difference.kind === 'moved' && mine && (
                    <span className="span-item-note">yours: {mine.text.slice(0, SNIPPET)}</span>
                  )}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
