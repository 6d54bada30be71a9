import type { WorkProgress } from '@contract/work-endpoints'
import { parseSearchQuery } from '@core/search/search-query'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { SearchResults } from './search-results'
import { searchSummary } from './search-summary'

type Phase =
  | { readonly kind: 'idle'; readonly notice?: string }
  | { readonly kind: 'running'; readonly progress: WorkProgress | null }

const NO_LABELS: readonly never[] = []

const HELP =
  'Words find that phrase in the texts ("quoted" phrases must occur too); label:Statistic annotator:ana note:check find spans; status:done keeps your done documents.'

/**
 * Ctrl/Cmd+Shift+F: searches every document and every layer. Enter searches (and, on fresh
 * results, opens the current one), ↑/↓ move through them; while it runs, Cancel or Esc stop it.
 */
export function SearchDialog() {
  const { search, ui } = useCommands()
  const state = useAppState((app) => app.search)
  const labels = useAppState((app) => app.session?.project?.labels ?? NO_LABELS)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const field = useRef<HTMLInputElement>(null)
  // After the dialog's own effect has opened it (which focuses its first button).
  useEffect(() => field.current?.focus(), [])
  const listId = useId()
  const helpId = useId()
  const parsed = parseSearchQuery(state.query)
  const problem = parsed.ok ? null : parsed.problem
  const answered = state.answered
  const fresh = answered !== null && answered.query === state.query

  const run = async () => {
    if (problem !== null || state.query.trim() === '') return
    setPhase({ kind: 'running', progress: null })
    const outcome = await search.run((progress) => setPhase({ kind: 'running', progress }))
    setPhase(
      outcome === 'cancelled' ? { kind: 'idle', notice: 'Search cancelled.' } : { kind: 'idle' },
    )
  }
  const openAt = (index: number) => {
    const result = answered?.outcome.results[index]
    if (result) void search.open(result)
  }
  const close = () => {
    if (phase.kind === 'running') {
      // Esc while it runs stops the search; a second Esc closes.
      void search.cancel()
      return
    }
    ui.closeDialog()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      search.moveCurrent(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter' && phase.kind !== 'running') {
      event.preventDefault()
      if (fresh && answered.outcome.results.length > 0) openAt(state.current)
      else void run()
    }
  }

  const current = answered?.outcome.results[state.current]
  const footer =
    phase.kind === 'running' ? (
      <button type="button" onClick={() => void search.cancel()}>
        Cancel search
      </button>
    ) : (
      <button type="button" onClick={ui.closeDialog}>
        Close
      </button>
    )

  return (
    <Dialog title="Search the project" onClose={close} footer={footer} wide>
      <div className="search-bar">
        <input
          type="search"
          className="search-field"
          aria-label="Search the project"
          aria-describedby={helpId}
          aria-controls={listId}
          aria-activedescendant={
            current
              ? `search-result-${current.docId}-${current.start}-${current.end}-${current.span?.id ?? ''}`
              : undefined
          }
          ref={field}
          value={state.query}
          onChange={(event) => search.setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          readOnly={phase.kind === 'running'}
        />
        <button
          type="button"
          className="primary"
          disabled={phase.kind === 'running' || problem !== null || state.query.trim() === ''}
          onClick={() => void run()}
        >
          Search
        </button>
      </div>
      <p id={helpId} className="search-help">
        {HELP}
      </p>
      {problem !== null && (
        <p role="alert" className="search-problem">
          {problem}
        </p>
      )}
      {phase.kind === 'running' && <RunningSearch progress={phase.progress} />}
      {phase.kind === 'idle' && phase.notice && (
        <p role="status" className="search-notice">
          {phase.notice}
        </p>
      )}
      {answered && (
        <>
          <p role="status" className="search-summary">
            {searchSummary(answered.outcome)}
            {!fresh && ' (for an earlier query: press Enter to search again)'}
          </p>
          {answered.outcome.unreadable.length > 0 && (
            <ul className="search-unreadable">
              {answered.outcome.unreadable.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <SearchResults
            outcome={answered.outcome}
            labels={labels}
            current={state.current}
            listId={listId}
            onOpen={openAt}
          />
        </>
      )}
    </Dialog>
  )
}

function RunningSearch({ progress }: { readonly progress: WorkProgress | null }) {
  return (
    <div className="search-progress">
      <span>
        {progress && progress.total > 0
          ? `Searching ${progress.done.toLocaleString('en')} / ${progress.total.toLocaleString('en')} documents…`
          : 'Searching…'}
      </span>
      <progress
        aria-label="Search progress"
        max={Math.max(progress?.total ?? 1, 1)}
        value={progress?.done ?? undefined}
      />
    </div>
  )
}
