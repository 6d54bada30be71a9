import { docLabelWarnings } from '../../core/formats/doc-label-warnings'
import { relationTypesOf } from '../../core/relations/relation-types'
import type { ExportedDataset } from '../../contract/endpoints'
import { DEFAULT_OFFSET_UNIT, type ExportFormat } from '../../core/formats/dataset'
import { EXPORTERS } from '../../core/formats/exporters'
import type { OffsetUnit } from '../../core/text/offsets'
import type { ProjectStore } from '../project/project-store'
import type { Work } from '../work/work-register'
import type { ExportProgress } from './export-progress'
import { suggestedExportName } from './export-layout'
import { selectDataset, selectEntries, type LayerSource } from './select-dataset'

/** What to export: the format, whose layers, which documents, and in which offset unit. */
export interface ExportRequest {
  readonly format: ExportFormat
  readonly source: LayerSource
  readonly status: 'done' | 'any'
  readonly docs?: readonly string[]
  /** Overrides the format's own unit (`DEFAULT_OFFSET_UNIT`). */
  readonly offsets?: OffsetUnit
  readonly csvBom?: boolean
}

/**
 * Builds the dataset in memory: reads the chosen documents and layers (reporting each
 * document read to `progress`), then writes them with the format's exporter. The result is
 * deterministic: the same project and request give byte-identical files. Cancelled through
 * `work` between documents and before the files are made; it writes nothing in any case.
 */
export async function buildExport(
  store: ProjectStore,
  request: ExportRequest,
  progress?: ExportProgress,
  work?: Work,
): Promise<ExportedDataset> {
  const { format } = request
  const [project, entries] = await Promise.all([
    store.readProject(),
    selectEntries(store, request.docs),
  ])
  const tracker = progress?.start(entries.length)
  work?.setTotal(entries.length)
  try {
    const docs = await selectDataset(store, entries, {
      source: request.source,
      status: request.status,
      comments: format === 'jsonl',
      onRead: () => {
        tracker?.advance()
        work?.advance()
        work?.check()
      },
    })
    work?.check()
    const defaultUnit = DEFAULT_OFFSET_UNIT[format]
    const output = EXPORTERS[format](docs, {
      offsets: request.offsets ?? defaultUnit ?? 'codepoints',
      labels: project.labels,
      projectName: project.name,
      ...(project.docLabels && { docLabels: project.docLabels }),
      relationTypes: relationTypesOf(project),
      ...(request.csvBom !== undefined && { csvBom: request.csvBom }),
    })
    const ignoredUnit =
      defaultUnit === null && request.offsets !== undefined
        ? [`${format} has no character offsets (it counts tokens), so the offset unit was ignored.`]
        : []
    return {
      suggestedName: suggestedExportName(project.name, format, output.files),
      files: output.files,
      documents: docs.length,
      spans: docs.reduce(
        (sum, doc) => sum + doc.layers.reduce((inDoc, layer) => inDoc + layer.spans.length, 0),
        0,
      ),
      offsetUnit: defaultUnit === null ? null : (request.offsets ?? defaultUnit),
      warnings: [...ignoredUnit, ...output.warnings, ...docLabelWarnings(format, docs)],
    }
  } finally {
    tracker?.finish()
  }
}
