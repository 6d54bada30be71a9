import type { Handlers } from '../../contract/endpoints'
import { GlossFailure } from '../../core/failure'
import { buildExport } from '../export/build-export'
import { writeFileAtomic } from '../storage/atomic-write'
import { writeFailure } from '../storage/io-failure'
import type { SessionContext } from '../session/session-context'

type ExportHandlers = Pick<Handlers, 'exportDataset' | 'saveExport'>

/** Building the dataset and saving it where the user says. */
export function exportHandlers(session: SessionContext): ExportHandlers {
  return {
    async exportDataset({ format, source }) {
      const store = await session.project()
      return buildExport(
        store,
        format,
        source === 'me' ? { kind: 'me', annotator: session.annotator() } : { kind: 'all' },
      )
    },
    async saveExport({ suggestedName, content }) {
      const pickSavePath = session.ports.pickSavePath
      if (pickSavePath === undefined) {
        throw new GlossFailure({
          code: 'unsupported',
          message: 'This window cannot show a save dialog.',
          hint: 'The browser downloads the export instead.',
        })
      }
      const path = await pickSavePath(suggestedName)
      if (path === null) return { path: null }
      try {
        await writeFileAtomic(path, content)
      } catch (error) {
        throw writeFailure(path, error)
      }
      return { path }
    },
  }
}
