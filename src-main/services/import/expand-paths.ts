import { readdir, realpath, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'

import type { ImportOutcome } from '../../contract/endpoints'
import { readErrorReason } from '../storage/io-failure'
import { isHiddenName, isImportableName } from './import-rules'

export interface ExpandedPaths {
  /** Files to import: named files as given, folders' article files in name order. */
  readonly files: readonly string[]
  /** Paths that could not be looked at, with the reason. */
  readonly refused: readonly ImportOutcome[]
}

/**
 * Expands what the user chose into files. Named files are kept whatever their type (the
 * import then says why it refuses one); folders are walked recursively for the files
 * `include` accepts (article files by default), skipping hidden files and folders (which
 * include interrupted writes' `.*.tmp`).
 */
export async function expandImportPaths(
  paths: readonly string[],
  include: (name: string) => boolean = isImportableName,
): Promise<ExpandedPaths> {
  const files: string[] = []
  const refused: ImportOutcome[] = []
  const seenFolders = new Set<string>()

  const unreadable = (source: string, error: unknown): void => {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT' ? 'does not exist' : `could not be read (${readErrorReason(error)})`
    refused.push({ source, result: 'refused', reason })
  }

  const walk = async (folder: string): Promise<void> => {
    let entries
    try {
      const real = await realpath(folder)
      // A symbolic link back up the tree would otherwise loop forever.
      if (seenFolders.has(real)) return
      seenFolders.add(real)
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      unreadable(folder, error)
      return
    }
    const names = entries
      .filter((entry) => !isHiddenName(entry.name))
      .map((entry) => entry.name)
      .sort(compareText)
    for (const name of names) {
      const path = join(folder, name)
      const info = await stat(path).catch(() => null)
      if (info?.isDirectory()) await walk(path)
      else if (info?.isFile() && include(name)) files.push(path)
    }
  }

  for (const given of paths) {
    const path = resolve(given)
    const info = await stat(path).catch((error: unknown) => {
      unreadable(path, error)
      return null
    })
    if (info?.isDirectory()) await walk(path)
    else if (info !== null) files.push(path)
  }
  return { files: [...new Set(files)], refused }
}

// Code-unit order, not localeCompare: the same import order on every machine.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
