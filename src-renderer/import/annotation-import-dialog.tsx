import { useState } from 'react'

import { ANNOTATION_IMPORT_FORMATS, type AnnotationImportFormat } from '@core/formats/dataset'
import type { OffsetUnit } from '@core/text/offsets'

import { Dialog } from '../components/dialog'
import { offsetOptionLabel } from '../export/export-choices'
import { OFFSET_UNITS } from '../export/export-formats'
import { annotatorProblem } from '../settings/label-rules'
import type { PickedAnnotationFiles } from '../state/commands/annotation-import'
import { useAppState, useCommands } from '../state/use-store'
import { IMPORT_FORMAT_INFO } from './annotation-formats'
import { AnnotationFilePicker } from './annotation-file-picker'
import {
  defaultImportChoices,
  withImportFormat,
  type AnnotationImportChoices,
  type LayerChoice,
} from './annotation-import-choices'

const pickedCount = (picked: PickedAnnotationFiles | null): number =>
  picked === null ? 0 : picked.kind === 'paths' ? picked.paths.length : picked.sources.length

/** File → Import annotations…: another tool's spans into an annotator's layer. */
export function AnnotationImportDialog() {
  const { annotationImports, ui } = useCommands()
  const me = useAppState((state) => state.session?.annotator ?? '')
  const [choices, setChoices] = useState<AnnotationImportChoices>(defaultImportChoices)
  const [picked, setPicked] = useState<PickedAnnotationFiles | null>(null)
  const [busy, setBusy] = useState(false)
  const info = IMPORT_FORMAT_INFO[choices.format]
  const set = (change: Partial<AnnotationImportChoices>) => setChoices({ ...choices, ...change })
  const nameProblem = choices.layer === 'named' ? annotatorProblem(choices.name) : null
  const ready = pickedCount(picked) > 0 && nameProblem === null && !busy

  const run = async () => {
    if (!picked) return
    setBusy(true)
    // On success the command replaces this dialog with the summary.
    await annotationImports.importAnnotations(choices, picked)
    setBusy(false)
  }

  const layer = (value: LayerChoice, label: string) => (
    <input
      type="radio"
      name="import-layer"
      aria-label={label}
      checked={choices.layer === value}
      onChange={() => set({ layer: value })}
    />
  )

  return (
    <Dialog
      title="Import annotations"
      onClose={ui.closeDialog}
      footer={
        <>
          <button type="button" onClick={ui.closeDialog}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={!ready} onClick={() => void run()}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <fieldset className="export-form" disabled={busy}>
        <div className="field">
          <label className="field-label" htmlFor="import-format">
            Format
          </label>
          <select
            id="import-format"
            value={choices.format}
            aria-describedby="import-format-help"
            onChange={(event) => {
              const format = event.target.value as AnnotationImportFormat
              if (IMPORT_FORMAT_INFO[format].folder !== info.folder) setPicked(null)
              setChoices(withImportFormat(choices, format))
            }}
          >
            {ANNOTATION_IMPORT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {IMPORT_FORMAT_INFO[format].name}
              </option>
            ))}
          </select>
          <p id="import-format-help" className="field-help">
            {info.description}
          </p>
        </div>

        <fieldset className="field">
          <legend>Into whose annotations</legend>
          <label className="check">
            {layer('file', 'As the file says')}
            <span>
              As the file says <span className="check-detail">(else yours: {me})</span>
            </span>
          </label>
          <label className="check">
            {layer('me', 'Mine')}
            Mine ({me})
          </label>
          <div className="check">
            {layer('named', 'Another annotator')}
            <label htmlFor="import-annotator-name">Another annotator:</label>
            <input
              id="import-annotator-name"
              aria-label="Annotator name"
              placeholder="name"
              value={choices.name}
              spellCheck={false}
              aria-invalid={nameProblem !== null}
              onFocus={() => set({ layer: 'named' })}
              onChange={(event) => set({ layer: 'named', name: event.target.value })}
            />
          </div>
          {nameProblem !== null && choices.name !== '' && (
            <span className="field-error">{nameProblem}</span>
          )}
        </fieldset>

        <div className="field">
          <label className="field-label" htmlFor="import-offsets">
            Offsets in the file
          </label>
          <select
            id="import-offsets"
            value={choices.offsets}
            aria-describedby="import-offsets-help"
            onChange={(event) => set({ offsets: event.target.value as OffsetUnit })}
          >
            {OFFSET_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {offsetOptionLabel(unit, choices.format)}
              </option>
            ))}
          </select>
          <p id="import-offsets-help" className="field-help">
            A file that states its unit (Gloss and its doccano and brat exports do) is read in that
            unit.
          </p>
        </div>

        <AnnotationFilePicker
          folder={info.folder}
          accept={info.accept}
          picked={picked}
          onPick={setPicked}
          disabled={busy}
        />
      </fieldset>
    </Dialog>
  )
}
