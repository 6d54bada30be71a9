import { join } from 'node:path'

import { GlossFailure } from '../../core/failure'
import type { ExportFile } from '../../core/formats/dataset'
import type { ShellPorts } from '../shell-ports'
import { exportStem } from '../../core/formats/file-stem'
import { isSingleFileExport } from './export-layout'
import { writeExportFile } from './write-export-file'
import { writeExportFolder } from './write-export-folder'

/**
 * Saves an export where the user says with the shell's dialogs: one file through a save
 * dialog (replacing the chosen file, which the dialog has confirmed); several files through a
 * folder dialog, written into a new `<folder>/<suggestedName>/` that must not already hold
 * anything. Returns where it wrote, or `null` when the user cancelled.
 */
export async function saveExport(
  ports: ShellPorts,
  suggestedName: string,
  files: readonly ExportFile[],
): Promise<{ readonly path: string | null }> {
  const [only] = files
  if (only !== undefined && isSingleFileExport(suggestedName, files)) {
    const pickSavePath = ports.pickSavePath
    if (pickSavePath === undefined) throw noDialog('save')
    const path = await pickSavePath(suggestedName)
    if (path === null) return { path: null }
    await writeExportFile(path, only.content)
    return { path }
  }
  const pickFolder = ports.pickFolder
  if (pickFolder === undefined) throw noDialog('folder')
  const parent = await pickFolder('export')
  if (parent === null) return { path: null }
  const folder = join(parent, exportStem(suggestedName))
  await writeExportFolder(folder, files)
  return { path: folder }
}

const noDialog = (kind: 'save' | 'folder'): GlossFailure =>
  new GlossFailure({
    code: 'unsupported',
    message: `This window cannot show a ${kind} dialog.`,
    hint: 'The browser downloads the export instead.',
  })
