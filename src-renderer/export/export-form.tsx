import { EXPORT_FORMATS, type ExportFormat } from '@core/formats/dataset'
import type { OffsetUnit } from '@core/text/offsets'

import { hasOffsets, offsetOptionLabel, withFormat, type ExportChoices } from './export-choices'
import { EXPORT_FORMAT_INFO, OFFSET_UNIT_USE, OFFSET_UNITS } from './export-formats'
import { ScopeFields, type DocumentsContext } from './export-scope-fields'

export type { DocumentsContext } from './export-scope-fields'

interface ExportFormProps {
  readonly choices: ExportChoices
  readonly onChange: (choices: ExportChoices) => void
  readonly me: string
  readonly annotators: readonly string[]
  readonly documents: DocumentsContext
  readonly disabled: boolean
}

/** The export's options: the file format with its offsets, then what goes into it. */
export function ExportForm({ choices, onChange, disabled, ...scope }: ExportFormProps) {
  const set = (change: Partial<ExportChoices>) => onChange({ ...choices, ...change })
  const offsets = hasOffsets(choices.format)
  return (
    <fieldset className="export-form" disabled={disabled}>
      <h3 className="form-section">File format</h3>
      <div className="field">
        <label className="field-label" htmlFor="export-format">
          Format
        </label>
        <select
          id="export-format"
          value={choices.format}
          aria-describedby="export-format-help"
          onChange={(event) => onChange(withFormat(choices, event.target.value as ExportFormat))}
        >
          {EXPORT_FORMATS.map((format) => (
            <option key={format} value={format}>
              {EXPORT_FORMAT_INFO[format].name}
            </option>
          ))}
        </select>
        <p id="export-format-help" className="field-help">
          {EXPORT_FORMAT_INFO[choices.format].description}
        </p>
      </div>

      <div className="field">
        <label className="field-label" htmlFor="export-offsets">
          Offsets
        </label>
        <select
          id="export-offsets"
          value={offsets ? choices.offsets : 'none'}
          disabled={!offsets}
          aria-describedby="export-offsets-help"
          onChange={(event) => set({ offsets: event.target.value as OffsetUnit })}
        >
          {offsets ? (
            OFFSET_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {offsetOptionLabel(unit, choices.format)}
              </option>
            ))
          ) : (
            <option value="none">None: CoNLL counts tokens</option>
          )}
        </select>
        <p id="export-offsets-help" className="field-help">
          {offsets
            ? OFFSET_UNIT_USE[choices.offsets]
            : 'CoNLL has no character offsets: it lists one token per line.'}
        </p>
      </div>

      {choices.format === 'csv' && (
        <label className="check">
          <input
            type="checkbox"
            checked={choices.csvBom}
            onChange={(event) => set({ csvBom: event.target.checked })}
          />
          UTF-8 BOM for Excel (without it Excel garbles accents and emoji)
        </label>
      )}

      <h3 className="form-section">What to export</h3>
      <ScopeFields choices={choices} set={set} {...scope} />
    </fieldset>
  )
}
