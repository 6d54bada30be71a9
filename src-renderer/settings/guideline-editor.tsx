import { useState } from 'react'

import { useGuidelineText } from '../guidelines/use-guideline-text'

import { useCommands } from '../state/use-store'

/** Settings → Guideline: the project's `guidelines.md`, written in Markdown, saved on demand. */
export function GuidelineEditor() {
  const { guidelines } = useCommands()
  const loaded = useGuidelineText()
  // What the analyst typed; until they type, the file as read.
  const [typed, setTyped] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  if (loaded === undefined) return <p className="hint">Loading…</p>
  const text = typed ?? loaded ?? ''
  return (
    <form
      className="guideline-editor"
      aria-label="Project guideline"
      onSubmit={(event) => {
        event.preventDefault()
        void guidelines.save(text).then(setSaved)
      }}
    >
      <textarea
        aria-label="Guideline (Markdown)"
        rows={8}
        value={text}
        onChange={(event) => {
          setTyped(event.target.value)
          setSaved(false)
        }}
      />
      <div className="guideline-editor-actions">
        <button type="submit">Save guideline</button>
        {saved && <span role="status">Saved to guidelines.md</span>}
      </div>
    </form>
  )
}
