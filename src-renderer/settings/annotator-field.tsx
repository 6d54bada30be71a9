import { useState } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { annotatorProblem } from './label-rules'

/** Who the edits are attributed to; each name has its own annotations folder. */
export function AnnotatorField() {
  const current = useAppState((state) => state.session?.annotator ?? '')
  const { session } = useCommands()
  const [name, setName] = useState(current)
  const [saved, setSaved] = useState(false)
  const problem = name === current ? null : annotatorProblem(name)
  const save = async () => {
    if (problem || name.trim() === current) return
    setSaved(await session.setAnnotator(name.trim()))
  }
  return (
    <form
      className="settings-row"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <label className="field grow">
        <span>Annotator name</span>
        <input
          value={name}
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby="annotator-help"
          onChange={(event) => {
            setName(event.target.value)
            setSaved(false)
          }}
        />
      </label>
      <button type="submit" disabled={problem !== null || name.trim() === current}>
        Change
      </button>
      <div id="annotator-help" className={problem ? 'field-error' : 'field-help'}>
        {problem ??
          (saved
            ? `Edits are now saved as ${current}.`
            : 'Your spans are saved under this name; colleagues use their own.')}
      </div>
    </form>
  )
}
