import { basename, dirname, extname, join, resolve } from 'node:path'

import type { ExportFile, ExportFormat } from '../core/formats/dataset'
import { EXPORT_LAYOUT } from '../services/export/export-layout'
import { writeExportFile } from '../services/export/write-export-file'
import { writeExportFolder } from '../services/export/write-export-folder'

/** What the CLI wrote: the files, or the folder and how many files are in it. */
export type Written =
  | { readonly kind: 'files'; readonly paths: readonly string[] }
  | { readonly kind: 'folder'; readonly folder: string; readonly count: number }

/**
 * Writes an export to `out`: a one-file format to the file `out` (replaced if it exists);
 * brat into the folder `out` (made; an existing folder must be empty); Label Studio's tasks
 * to `out` and its labelling config beside it (`<out stem>.label-config.xml`).
 */
export async function writeExportOutput(
  format: ExportFormat,
  files: readonly ExportFile[],
  out: string,
): Promise<Written> {
  const target = resolve(out)
  if (EXPORT_LAYOUT[format] === 'folder') {
    await writeExportFolder(target, files)
    return { kind: 'folder', folder: target, count: files.length }
  }
  const [main, ...sidecars] = files
  if (main === undefined) return { kind: 'files', paths: [] }
  const mainStem = main.path.slice(0, main.path.length - extname(main.path).length)
  const outStem = target.slice(0, target.length - extname(target).length)
  const placed = [
    { path: target, content: main.content },
    ...sidecars.map((file) => ({
      path: file.path.startsWith(mainStem)
        ? `${outStem}${file.path.slice(mainStem.length)}`
        : join(dirname(target), basename(file.path)),
      content: file.content,
    })),
  ]
  // The main file last: once it is there, so is everything beside it.
  for (const file of [...placed.slice(1), ...placed.slice(0, 1)]) {
    await writeExportFile(file.path, file.content)
  }
  return { kind: 'files', paths: placed.map((file) => file.path) }
}
