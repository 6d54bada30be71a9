import type {
  DatasetDocument,
  ExportLayer,
  ExportOptions,
} from '../../../../src-main/core/formats/dataset'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import type { DocumentStatus, Span } from '../../../../src-main/core/spans/span'

/** A document for an exporter test, with the given layers. */
export function datasetDoc(
  id: string,
  text: string,
  layers: readonly ExportLayer[] = [],
  title = `Doc ${id}`,
): DatasetDocument {
  return {
    entry: {
      id,
      title,
      sourceName: `${id}.txt`,
      sha256: id.padEnd(64, '0'),
      length: text.length,
      added: '2024-05-02T10:00:00.000Z',
    },
    text,
    layers,
  }
}

export const layer = (
  annotator: string,
  spans: readonly Span[],
  status: DocumentStatus = 'done',
): ExportLayer => ({ annotator, status, spans })

export const options = (extra: Partial<ExportOptions> = {}): ExportOptions => ({
  offsets: 'codepoints',
  labels: DEFAULT_LABELS,
  projectName: 'P',
  ...extra,
})
