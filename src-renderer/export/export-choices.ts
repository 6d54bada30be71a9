import type { Input } from '@contract/endpoints'
import { DEFAULT_OFFSET_UNIT, type ExportFormat } from '@core/formats/dataset'
import type { OffsetUnit } from '@core/text/offsets'

import { EXPORT_FORMAT_INFO, OFFSET_UNIT_NAMES } from './export-formats'

/** Whose spans: encoded as one string so it fits a <select>; `annotator:NAME` for one person. */
export type SourceChoice = 'me' | 'all' | 'gold' | `annotator:${string}`

/** Every document, only the open one, or the ones the list shows under its status filter. */
export type DocumentsChoice = 'all' | 'open' | 'listed'

/** What the export dialog holds; `exportRequest` turns it into the contract's input. */
export interface ExportChoices {
  readonly format: ExportFormat
  readonly source: SourceChoice
  readonly status: 'done' | 'any'
  readonly documents: DocumentsChoice
  readonly offsets: OffsetUnit
  readonly csvBom: boolean
}

/** The documents the dialog can refer to: the open one and the filtered list. */
export interface DocumentScope {
  readonly openDocId: string | null
  readonly listedDocIds: readonly string[]
}

export const defaultExportChoices: ExportChoices = {
  format: 'jsonl',
  source: 'me',
  status: 'any',
  documents: 'all',
  offsets: 'codepoints',
  csvBom: false,
}

/** The format's own offset unit, or code points for formats without offsets (never sent). */
export const defaultOffsets = (format: ExportFormat): OffsetUnit =>
  DEFAULT_OFFSET_UNIT[format] ?? 'codepoints'

export const hasOffsets = (format: ExportFormat): boolean => DEFAULT_OFFSET_UNIT[format] !== null

/** A new format brings its own offset convention; the other choices stay. */
export function withFormat(choices: ExportChoices, format: ExportFormat): ExportChoices {
  return { ...choices, format, offsets: defaultOffsets(format) }
}

/** `UTF-16 code units (default for doccano)` for the format's own unit, the plain name otherwise. */
export function offsetOptionLabel(unit: OffsetUnit, format: ExportFormat): string {
  const name = OFFSET_UNIT_NAMES[unit]
  return DEFAULT_OFFSET_UNIT[format] === unit
    ? `${name} (default for ${EXPORT_FORMAT_INFO[format].name})`
    : name
}

const sourceInput = (source: SourceChoice): Input<'exportDataset'>['source'] =>
  source.startsWith('annotator:')
    ? { annotator: source.slice('annotator:'.length) }
    : (source as 'me' | 'all' | 'gold')

/** The document ids the choice names; `undefined` means every document. */
export function chosenDocIds(
  documents: DocumentsChoice,
  scope: DocumentScope,
): readonly string[] | undefined {
  if (documents === 'all') return undefined
  if (documents === 'open') return scope.openDocId ? [scope.openDocId] : []
  return scope.listedDocIds
}

/** The `exportDataset` request for the dialog's choices: only the options the format uses. */
export function exportRequest(
  choices: ExportChoices,
  scope: DocumentScope,
): Input<'exportDataset'> {
  const docs = chosenDocIds(choices.documents, scope)
  return {
    format: choices.format,
    source: sourceInput(choices.source),
    status: choices.status,
    ...(docs !== undefined && { docs: [...docs] }),
    ...(hasOffsets(choices.format) && { offsets: choices.offsets }),
    ...(choices.format === 'csv' && { csvBom: choices.csvBom }),
  }
}
