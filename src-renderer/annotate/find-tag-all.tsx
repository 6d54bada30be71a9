import type { Label } from '@core/labels/label'
import { findLabel } from '@core/labels/label-set'
import { counted } from '@core/project/merge-wording'
import type { CSSProperties } from 'react'

import type { FindState } from '../state/find-state'
import { useCommands } from '../state/use-store'

interface FindTagAllProps {
  readonly find: FindState
  readonly labels: readonly Label[]
  readonly matchCount: number
}

/**
 * The find bar's "Tag all as" label buttons (or Alt + the label's key), the question asked
 * before tagging more than a handful, and what the last tagging did.
 */
export function FindTagAll({ find, labels, matchCount }: FindTagAllProps) {
  const { find: commands } = useCommands()
  const { question, notice } = find
  if (question) {
    const name = findLabel(labels, question.labelId)?.name ?? question.labelId
    const already =
      question.skipped > 0
        ? ` ${counted(question.skipped, 'match is', 'matches are')} tagged already.`
        : ''
    return (
      <div className="find-row find-question" role="group" aria-label="Tag all matches?">
        <span>
          Tag {counted(question.count, 'match', 'matches')} as {name}?{already}
        </span>
        <button type="button" className="primary" autoFocus onClick={commands.confirmTagAll}>
          Tag {question.count.toLocaleString('en')}
        </button>
        <button type="button" onClick={commands.cancelTagAll}>
          Cancel
        </button>
      </div>
    )
  }
  return (
    <div className="find-row">
      <div className="find-tag-all" role="group" aria-label="Tag all matches as">
        <span className="find-tag-caption">Tag all as</span>
        {labels.map((label) => (
          <button
            key={label.id}
            type="button"
            disabled={matchCount === 0}
            title={label.hotkey ? `Alt+${label.hotkey}` : undefined}
            style={{ '--c': label.color } as CSSProperties}
            onClick={() => commands.tagAll(label.id)}
          >
            <span className="chip" aria-hidden="true" />
            {label.name}
            {label.hotkey && <kbd aria-hidden="true">Alt+{label.hotkey}</kbd>}
          </button>
        ))}
      </div>
      {notice && (
        <span className="find-notice" role="status">
          {notice}
        </span>
      )}
    </div>
  )
}
