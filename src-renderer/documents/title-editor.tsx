import { titleProblem } from '@core/documents/title-rules'
import { useEffect, useId, useRef, useState } from 'react'

import { useCommands } from '../state/use-store'

interface TitleEditorProps {
  readonly docId: string
  readonly title: string
  /** Why the last title could not be saved, from the host. */
  readonly error: string | null
}

/**
 * A document's title as a field in its row: Enter saves, Esc (or leaving the field) keeps
 * the old title. Keys typed here stay here: arrows move the caret, not the list.
 */
export function TitleEditor({ docId, title, error }: TitleEditorProps) {
  const { documentList } = useCommands()
  const [value, setValue] = useState(title)
  const [problem, setProblem] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const saving = useRef(false)
  const errorId = useId()
  const shown = problem ?? error

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  // The list keeps the keyboard once the field is gone, as it had it before.
  const backToList = (list: HTMLElement | null | undefined) => list?.focus()

  const save = async () => {
    const list = input.current?.closest<HTMLElement>('[role="listbox"]')
    if (value.trim() === title) {
      documentList.cancelRename()
      return backToList(list)
    }
    const why = titleProblem(value)
    setProblem(why)
    if (why !== null) return
    saving.current = true
    const saved = await documentList.rename(docId, value)
    saving.current = false
    if (saved) backToList(list)
    else input.current?.focus()
  }

  const cancel = () => {
    const list = input.current?.closest<HTMLElement>('[role="listbox"]')
    documentList.cancelRename()
    backToList(list)
  }

  return (
    <>
      <input
        ref={input}
        className="title-input"
        aria-label="Document title"
        aria-invalid={shown !== null}
        aria-describedby={shown !== null ? errorId : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          setProblem(null)
        }}
        onClick={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
        onBlur={() => {
          if (!saving.current) documentList.cancelRename()
        }}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Enter') {
            event.preventDefault()
            void save()
          } else if (event.key === 'Escape') {
            event.preventDefault()
            cancel()
          }
        }}
      />
      {shown !== null ? (
        <span id={errorId} className="rename-error" role="alert" title={shown}>
          {shown}
        </span>
      ) : (
        <span className="rename-hint">Enter saves · Esc cancels</span>
      )}
    </>
  )
}
