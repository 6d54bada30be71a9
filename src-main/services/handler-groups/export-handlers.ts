import type { Handlers } from '../../contract/endpoints'
import { buildExport } from '../export/build-export'
import { saveExport } from '../export/save-export'
import type { LayerSource } from '../export/select-dataset'
import type { SessionContext } from '../session/session-context'
import type { WorkRegister } from '../work/work-register'

type ExportHandlers = Pick<Handlers, 'exportDataset' | 'exportProgress' | 'saveExport'>

/** Building the dataset, reporting its progress, and saving it where the user says. */
export function exportHandlers(session: SessionContext, work: WorkRegister): ExportHandlers {
  return {
    async exportDataset({ format, source, status, docs, offsets, csvBom, workId }) {
      const store = await session.project()
      const layers: LayerSource = source === 'me' ? { me: session.annotator() } : source
      const running = work.begin(workId, 'The export was cancelled; nothing was written.')
      return buildExport(
        store,
        {
          format,
          source: layers,
          status,
          ...(docs !== undefined && { docs }),
          ...(offsets !== undefined && { offsets }),
          ...(csvBom !== undefined && { csvBom }),
        },
        session.exportProgress,
        running,
      ).finally(running.finish)
    },
    async exportProgress() {
      return session.exportProgress.current()
    },
    async saveExport({ suggestedName, files }) {
      return saveExport(session.ports, suggestedName, files)
    },
  }
}
