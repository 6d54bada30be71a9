import { useState } from 'react'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { AnnotatorField } from './annotator-field'
import { DisplaySettings } from './display-settings'
import { DocLabelEditor } from './doc-label-editor'
import { GuidelineEditor } from './guideline-editor'
import { LabelEditor } from './label-editor'
import { RelationTypeEditor } from './relation-type-editor'

export function SettingsDialog() {
  const { settings, ui } = useCommands()
  const saved = useAppState((state) => state.session?.project?.settings.snapToWords ?? true)
  // Shown at once while it is saved; back to the saved value if saving fails.
  const [pending, setPending] = useState<boolean | null>(null)
  const setSnap = async (snap: boolean) => {
    setPending(snap)
    await settings.setSnapToWords(snap)
    setPending(null)
  }
  return (
    <Dialog
      title="Settings"
      wide
      onClose={ui.closeDialog}
      footer={
        <button type="button" className="primary" onClick={ui.closeDialog}>
          Done
        </button>
      }
    >
      <section className="settings-section">
        <h3>You</h3>
        <AnnotatorField />
      </section>
      <section className="settings-section">
        <h3>Selecting</h3>
        <label className="check">
          <input
            type="checkbox"
            checked={pending ?? saved}
            onChange={(event) => void setSnap(event.target.checked)}
          />
          Snap selections to whole words (hold Alt while dragging for an exact selection)
        </label>
      </section>
      <DisplaySettings />
      <section className="settings-section">
        <h3>Labels</h3>
        <LabelEditor />
      </section>
      <section className="settings-section" aria-label="Relation types">
        <h3>Relation types</h3>
        <RelationTypeEditor />
      </section>
      <section className="settings-section">
        <h3>Document labels</h3>
        <DocLabelEditor />
      </section>
      <section className="settings-section">
        <h3>Guideline</h3>
        <GuidelineEditor />
      </section>
    </Dialog>
  )
}
