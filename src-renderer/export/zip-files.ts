import { zipSync, type Zippable } from 'fflate'

import type { ExportFile } from '@core/formats/dataset'

// A fixed timestamp (the earliest a zip can hold, in local time as zip stores it): the same
// export gives a byte-identical archive, so it can be diffed and kept in git.
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0)

const encoder = new TextEncoder()

/** Plain code-unit order, the same on every machine (localeCompare is not). */
const byPath = (a: ExportFile, b: ExportFile): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0

/**
 * The export's files in one zip, inside a folder named `folder`, sorted by path, UTF-8,
 * with a fixed timestamp: the same files always give the same bytes.
 */
export function zipFiles(files: readonly ExportFile[], folder: string): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {}
  for (const file of [...files].sort(byPath)) {
    entries[`${folder}/${file.path}`] = [encoder.encode(file.content), { mtime: ZIP_TIME }]
  }
  return zipSync(entries, { level: 6, mtime: ZIP_TIME })
}
