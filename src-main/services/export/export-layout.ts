import { basename, extname } from 'node:path'

import type { ExportFile, ExportFormat } from '../../core/formats/dataset'
import { exportStem } from '../../core/formats/file-stem'

/**
 * How a format's files are laid out: one file, a folder of files (brat), or one main file
 * with files beside it (Label Studio's tasks and its labelling config).
 */
export type ExportLayout = 'file' | 'folder' | 'file-with-sidecars'

export const EXPORT_LAYOUT: Readonly<Record<ExportFormat, ExportLayout>> = {
  jsonl: 'file',
  doccano: 'file',
  spacy: 'file',
  conll: 'file',
  brat: 'folder',
  labelstudio: 'file-with-sidecars',
  w3c: 'file',
  csv: 'file',
}

/**
 * The name offered when saving: the one file's own name when the export is one file (the
 * exporters name it after the project: `<project>.jsonl`, `<project>.doccano.jsonl`, ...),
 * else `<project>-<format>`, a folder for the several files.
 */
export function suggestedExportName(
  projectName: string,
  format: ExportFormat,
  files: readonly ExportFile[],
): string {
  const [only] = files
  if (files.length === 1 && only !== undefined && EXPORT_LAYOUT[format] === 'file') {
    return basename(only.path)
  }
  return `${exportStem(projectName)}-${format}`
}

/**
 * Whether a save is one file (a save dialog) rather than a folder: exactly one file, and a
 * suggested name that ends in that file's extension (folder names from
 * `suggestedExportName` have none).
 */
export function isSingleFileExport(suggestedName: string, files: readonly ExportFile[]): boolean {
  const [only] = files
  if (files.length !== 1 || only === undefined) return false
  const extension = extname(only.path)
  return extension !== '' && suggestedName.toLowerCase().endsWith(extension.toLowerCase())
}
