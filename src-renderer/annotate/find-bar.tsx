import { labelForKey } from '@core/labels/label-set'
import { useEffect, useRef, type KeyboardEvent } from 'react'

import { digitOf } from '../components/view-keys'
import type { OpenDoc } from '../state/app-state'
import { currentIndex, findResults } from '../state/find-results'
import { useAppState, useCommands } from '../state/use-store'
import { FindTagAll } from './find-tag-all'

const NO_LABELS: readonly never[] = []

const STEPS = [
  { by: -1, name: 'Previous match', keys: 'Shift+Enter, Shift+F3', arrow: '↑' },
  { by: 1, name: 'Next match', keys: 'Enter, F3', arrow: '↓' },
] as const

const countText = (query: string, current: number, total: number): string => {
  if (query === '') return ''
  if (total === 0) return 'No matches'
  return `${(current + 1).toLocaleString('en')} of ${total.toLocaleString('en')}`
}

/** The text view, where Escape sends the keyboard back to. */
const textViewOf = (element: HTMLElement | null): HTMLElement | null =>
  element?.closest('.annotate-main')?.querySelector<HTMLElement>('.text-view') ?? null

/**
 * Ctrl/Cmd+F in the annotate view: a field whose matches are highlighted in the text, the
 * current one scrolled into view, Enter / Shift+Enter (and F3 / Shift+F3) to the next and
 * previous, case and whole-word toggles, and tagging every match with a label.
 */
export function FindBar({ doc }: { readonly doc: OpenDoc }) {
  const find = useAppState((state) => state.find)
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const commands = useCommands()
  const input = useRef<HTMLInputElement>(null)
  const matches = findResults(doc.text, find)
  const current = currentIndex(find, matches)

  useEffect(() => {
    if (!find.open) return
    input.current?.focus()
    input.current?.select()
  }, [find.open, find.focusSeq])

  if (!find.open) return null

  const close = (): void => {
    const text = textViewOf(input.current)
    commands.find.close()
    text?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const native = event.nativeEvent
    const inField = event.target === input.current
    const mod = event.ctrlKey || event.metaKey
    const digit = digitOf(native)
    const label = digit && (event.altKey || !inField) ? labelForKey(labels, digit) : undefined
    if (event.key === 'Escape') {
      if (find.question) {
        commands.find.cancelTagAll()
        input.current?.focus()
      } else close()
    } else if ((event.key === 'Enter' && inField) || event.key === 'F3') {
      commands.find.step(event.shiftKey ? -1 : 1)
    } else if (mod && event.key.toLowerCase() === 'f') {
      input.current?.select()
    } else if (event.altKey && native.code === 'KeyC') {
      commands.find.setCaseSensitive(!find.caseSensitive)
    } else if (event.altKey && native.code === 'KeyW') {
      commands.find.setWholeWord(!find.wholeWord)
    } else if (label && !mod && !event.shiftKey) {
      commands.find.tagAll(label.id)
    } else return
    event.preventDefault()
    // The window's keys (the annotate view's) must not act on a key the bar used.
    event.stopPropagation()
  }

  return (
    <div className="find-bar" role="search" aria-label="Find in the document" onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={input}
          type="search"
          className="find-field"
          aria-label="Find"
          placeholder="Find in the document"
          value={find.query}
          onChange={(event) => commands.find.setQuery(event.target.value)}
        />
        <span className="find-count" role="status" data-testid="find-count">
          {countText(find.query, current, matches.length)}
        </span>
        {STEPS.map(({ by, name, keys, arrow }) => (
          <button
            key={by}
            type="button"
            aria-label={name}
            title={`${name} (${keys})`}
            disabled={matches.length === 0}
            onClick={() => commands.find.step(by)}
          >
            {arrow}
          </button>
        ))}
        <button
          type="button"
          className={find.caseSensitive ? 'toggle on' : 'toggle'}
          aria-pressed={find.caseSensitive}
          title="Match case (Alt+C)"
          onClick={() => commands.find.setCaseSensitive(!find.caseSensitive)}
        >
          Aa
        </button>
        <button
          type="button"
          className={find.wholeWord ? 'toggle on' : 'toggle'}
          aria-pressed={find.wholeWord}
          aria-label="Whole words"
          title="Whole words, as selections snap to them (Alt+W)"
          onClick={() => commands.find.setWholeWord(!find.wholeWord)}
        >
          W
        </button>
        <button
          type="button"
          className="find-close"
          aria-label="Close find"
          title="Esc"
          onClick={close}
        >
          ×
        </button>
      </div>
      <FindTagAll find={find} labels={labels} matchCount={matches.length} />
    </div>
  )
}
