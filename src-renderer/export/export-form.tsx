import { EXPORT_FORMATS, type ExportFormat } from '@core/formats/dataset'
import type { OffsetUnit } from '@core/text/offsets'

import {
  hasOffsets,
  offsetOptionLabel,
  withFormat,
  type ExportChoices,
  type SourceChoice,
} from './export-choices'
import { EXPORT_FORMAT_INFO, OFFSET_UNIT_USE, OFFSET_UNITS } from './export-formats'

/** What the form needs to word its document choices. */
export interface DocumentsContext {
  readonly total: number
  readonly openTitle: string | null
  /** The status filter's name when the list is filtered (e.g. "done"), else null. */
  readonly filterName: string | null
  readonly listed: number
}

interface ExportFormProps {
  readonly choices: ExportChoices
  readonly onChange: (choices: ExportChoices) => void
  readonly me: string
  readonly annotators: readonly string[]
  readonly documents: DocumentsContext
  readonly disabled: boolean
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`

/** The export's options: format, whose spans, which documents, offsets, CSV's BOM. */
export function ExportForm({
  choices,
  onChange,
  me,
  annotators,
  documents,
  disabled,
}: ExportFormProps) {
  const set = (change: Partial<ExportChoices>) => onChange({ ...choices, ...change })
  const offsets = hasOffsets(choices.format)
  const radio = (name: string, checked: boolean, onCheck: () => void, enabled = true) => (
    <input type="radio" name={name} checked={checked} disabled={!enabled} onChange={onCheck} />
  )
  return (
    <fieldset className="export-form" disabled={disabled}>
      <label className="field">
        <span>Format</span>
        <select
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
        <span id="export-format-help" className="format-note">
          {EXPORT_FORMAT_INFO[choices.format].description}
        </span>
      </label>

      <div className="export-grid">
        <label className="field">
          <span>Whose annotations</span>
          <select
            value={choices.source}
            onChange={(event) => set({ source: event.target.value as SourceChoice })}
          >
            <option value="me">My annotations ({me})</option>
            <option value="all">Everyone’s annotations</option>
            <option value="gold">Gold (adjudicated)</option>
            {annotators.length > 0 && (
              <optgroup label="One annotator">
                {annotators.map((name) => (
                  <option key={name} value={`annotator:${name}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>

        <label className="field">
          <span>Offsets</span>
          <select
            value={choices.offsets}
            disabled={disabled || !offsets}
            aria-describedby="export-offsets-help"
            onChange={(event) => set({ offsets: event.target.value as OffsetUnit })}
          >
            {OFFSET_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {offsetOptionLabel(unit, choices.format)}
              </option>
            ))}
          </select>
          <span id="export-offsets-help" className="field-help">
            {offsets
              ? OFFSET_UNIT_USE[choices.offsets]
              : 'CoNLL has no character offsets: it lists one token per line.'}
          </span>
        </label>

        <fieldset className="field">
          <legend>Documents</legend>
          <label className="check">
            {radio('export-docs', choices.documents === 'all', () => set({ documents: 'all' }))}
            All documents ({documents.total})
          </label>
          <label className="check">
            {radio(
              'export-docs',
              choices.documents === 'open',
              () => set({ documents: 'open' }),
              documents.openTitle !== null,
            )}
            <span className="check-text">
              Only the open document
              {documents.openTitle !== null && (
                <span className="check-detail">{documents.openTitle}</span>
              )}
            </span>
          </label>
          {documents.filterName !== null && (
            <label className="check">
              {radio('export-docs', choices.documents === 'listed', () =>
                set({ documents: 'listed' }),
              )}
              The {plural(documents.listed, 'document')} listed ({documents.filterName})
            </label>
          )}
        </fieldset>

        <fieldset className="field">
          <legend>Status</legend>
          <label className="check">
            {radio('export-status', choices.status === 'any', () => set({ status: 'any' }))}
            Any status
          </label>
          <label className="check">
            {radio('export-status', choices.status === 'done', () => set({ status: 'done' }))}
            Only documents marked done
          </label>
        </fieldset>
      </div>

      {choices.format === 'csv' && (
        <label className="check">
          <input
            type="checkbox"
            checked={choices.csvBom}
            onChange={(event) => set({ csvBom: event.target.checked })}
          />
          UTF-8 BOM for Excel (Excel shows accents and emoji correctly only with it)
        </label>
      )}
    </fieldset>
  )
}
