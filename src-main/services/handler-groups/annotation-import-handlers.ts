import { resolve } from 'node:path'

import type { Handlers } from '../../contract/endpoints'
import { GlossFailure } from '../../core/failure'
import type { ImportProblem } from '../../core/formats/dataset'
import { PARSERS } from '../../core/formats/parsers'
import { importAnnotations } from '../annotation-import/import-annotations'
import { expandAnnotationPaths, readInputFiles } from '../annotation-import/input-files'
import { fileSource, uploadSource, type ImportSource } from '../import/import-documents'
import { isGranted } from '../session/granted-paths'
import type { SessionContext } from '../session/session-context'

type AnnotationImportHandlers = Pick<Handlers, 'importAnnotations'>

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u

/** Importing other tools' annotation files into annotators' layers. */
export function annotationImportHandlers(session: SessionContext): AnnotationImportHandlers {
  return {
    async importAnnotations({ format, annotator, offsets, uploads = [], paths = [] }) {
      const stranger = paths.find((path) => !isGranted(session.grantedPaths, path))
      if (stranger !== undefined) {
        throw new GlossFailure({
          code: 'forbidden',
          message: `Gloss imports only files chosen in its file dialog, and ${resolve(stranger)} was not.`,
          file: resolve(stranger),
          hint: 'Choose the files with Import, or drop them on the window.',
        })
      }
      const store = await session.project()
      const sources: ImportSource[] = []
      const problems: ImportProblem[] = []
      for (const { name, base64 } of uploads) {
        if (BASE64.test(base64)) sources.push(uploadSource(name, Buffer.from(base64, 'base64')))
        else
          problems.push({ file: name, message: 'The file was not received intact (bad base64).' })
      }
      const expanded = await expandAnnotationPaths(paths, format, (path) =>
        isGranted(session.grantedPaths, path),
      )
      sources.push(...expanded.files.map(fileSource))
      const read = await readInputFiles(sources)
      return importAnnotations(store, {
        format,
        parser: PARSERS[format],
        files: read.files,
        readProblems: [...problems, ...expanded.problems, ...read.problems],
        ...(offsets !== undefined && { offsets }),
        ...(annotator !== undefined && { annotator }),
        fallbackAnnotator: session.annotator(),
      })
    },
  }
}
