import { useEffect, useState } from 'react'

import { useCommands } from '../state/use-store'

/**
 * What a window without a project shows (the first run, or a start without one): the three
 * ways in. The sample project is made in the app's data folder from articles shipped with
 * Gloss, so trying it touches none of the analyst's folders.
 */
export function WelcomeScreen() {
  const { session, comfort, ui } = useCommands()
  const [opening, setOpening] = useState(false)
  useEffect(() => comfort.noteWelcome(), [comfort])
  const openSample = async () => {
    setOpening(true)
    await comfort.openSample()
    setOpening(false)
  }
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Gloss</h2>
      <p>
        Highlight what matters in news articles — commitments, statistics, claims — and export it as
        a labelled dataset. A project is a folder holding your articles and your spans.
      </p>
      <div className="welcome-choices">
        <button
          type="button"
          className="welcome-choice primary"
          disabled={opening}
          onClick={() => void openSample()}
        >
          <strong>Try the sample project</strong>
          <span>Four short articles to practise on, kept in Gloss&apos;s own data folder.</span>
        </button>
        <button
          type="button"
          className="welcome-choice"
          onClick={() => void session.chooseProject('new')}
        >
          <strong>New project…</strong>
          <span>Make a folder for your articles, then import them.</span>
        </button>
        <button
          type="button"
          className="welcome-choice"
          onClick={() => void session.chooseProject('open')}
        >
          <strong>Open project…</strong>
          <span>A project folder you or a colleague made before.</span>
        </button>
        <button
          type="button"
          className="welcome-choice"
          onClick={() => ui.openDialog({ kind: 'join-team' })}
        >
          <strong>Join a team project…</strong>
          <span>Copy your team&apos;s project from its git remote, then Sync to share.</span>
        </button>
      </div>
    </section>
  )
}
