import {
  DEFAULT_OFFSET_UNIT,
  type ExportFormat,
  type ExportOptions,
  type ExportOutput,
} from '../../../../src-main/core/formats/dataset'
import { EXPORTERS } from '../../../../src-main/core/formats/exporters'
import type { OffsetUnit } from '../../../../src-main/core/text/offsets'
import { FIXTURE_LABELS, FIXTURE_PROJECT, fixtureDocuments } from './fixture-dataset'

/** The fixture project exported in `format`, offsets in the format's default unit unless given. */
export function exportFixture(
  format: ExportFormat,
  offsets: OffsetUnit = DEFAULT_OFFSET_UNIT[format] ?? 'codepoints',
  extra: Partial<ExportOptions> = {},
): ExportOutput {
  return EXPORTERS[format](fixtureDocuments(), {
    offsets,
    labels: FIXTURE_LABELS,
    projectName: FIXTURE_PROJECT,
    ...extra,
  })
}
