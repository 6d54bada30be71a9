import { resolve } from 'node:path'

import type { Handlers, ImportOutcome } from '../../contract/endpoints'
import { GlossFailure } from '../../core/failure'
import { expandImportPaths } from '../import/expand-paths'
import {
  fileSource,
  importDocuments,
  uploadSource,
  type ImportSource,
} from '../import/import-documents'
import type { SessionContext } from '../session/session-context'

type ImportHandlers = Pick<Handlers, 'pickImportPaths' | 'importPaths' | 'importUploads'>

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u

/** Importing article files chosen in a dialog or sent by the UI as bytes. */
export function importHandlers(session: SessionContext): ImportHandlers {
  return {
    async pickImportPaths({ kind }) {
      const pickPaths = session.ports.pickPaths
      if (pickPaths === undefined) {
        throw new GlossFailure({
          code: 'unsupported',
          message: 'This window cannot show a file dialog.',
          hint: 'Drop the files on the window or use the upload button instead.',
        })
      }
      const picked = await pickPaths(kind)
      const { files, refused } = await expandImportPaths(picked)
      // Unreadable picks are passed on too, so the import summary says why they failed.
      const paths = [...files, ...refused.map((outcome) => outcome.source)]
      // The picks themselves too: an annotation import reads a picked folder's other files
      // (brat's .ann beside each .txt).
      for (const path of [...picked, ...paths]) session.grantedPaths.add(resolve(path))
      return { paths }
    },
    async importPaths({ paths }) {
      const resolved = paths.map((path) => resolve(path))
      const stranger = resolved.find((path) => !session.grantedPaths.has(path))
      if (stranger !== undefined) {
        throw new GlossFailure({
          code: 'forbidden',
          message: `Gloss imports only files chosen in its file dialog, and ${stranger} was not.`,
          file: stranger,
          hint: 'Choose the files with Import, or drop them on the window.',
        })
      }
      const store = await session.project()
      const { files, refused } = await expandImportPaths(resolved)
      return importDocuments(store, files.map(fileSource), refused)
    },
    async importUploads({ files }) {
      const store = await session.project()
      const sources: ImportSource[] = []
      const garbled: ImportOutcome[] = []
      for (const { name, base64 } of files) {
        if (BASE64.test(base64)) sources.push(uploadSource(name, Buffer.from(base64, 'base64')))
        else
          garbled.push({
            source: name,
            result: 'refused',
            reason: 'was not received intact (bad base64)',
          })
      }
      return importDocuments(store, sources, garbled)
    },
  }
}
