import { readFile } from 'node:fs/promises'

import { unzipSync } from 'fflate'

import type { ExportDialogPage } from '../pages/export-dialog-page'

/**
 * Exports in brat from the open Export dialog and unzips the download: every file's bytes by
 * name, and the lines of the first `.ann` that is not empty.
 */
export async function exportBrat(
  dialog: ExportDialogPage,
): Promise<{ readonly entries: Record<string, Uint8Array>; readonly annLines: string[] }> {
  await dialog.format.selectOption('brat')
  const file = await dialog.exportAndDownload()
  const entries = unzipSync(new Uint8Array(await readFile(await file.path())))
  const ann = Object.entries(entries).find(
    ([name, bytes]) => name.endsWith('.ann') && bytes.length > 0,
  )
  return { entries, annLines: new TextDecoder().decode(ann?.[1]).split('\n') }
}
