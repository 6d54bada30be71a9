import { mkdir, readdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

import { GlossFailure } from '../../core/failure'
import { relativePathProblem } from '../../core/files/file-names'
import type { ExportFile } from '../../core/formats/dataset'
import { mapLimit } from '../annotations/map-limit'
import { writeFileAtomic } from '../storage/atomic-write'
import { readErrorReason, unreadableFile, writeFailure } from '../storage/io-failure'

const PARALLEL_WRITES = 16

/**
 * Checks that an export file's path stays inside the export folder and is a valid name on
 * every OS (`relativePathProblem`). The UI sends these paths back in `saveExport`, so they
 * are checked like any other input.
 */
export function checkExportPath(path: string): void {
  const problem = relativePathProblem(path)
  if (problem !== null) {
    throw new GlossFailure({
      code: 'invalid-input',
      message: `"${path}" cannot be the name of an exported file: ${problem}.`,
      hint: 'Export again; file names must be relative paths inside the export folder.',
    })
  }
}

/**
 * Writes the files into `folder`, making it. An existing folder must be empty, so an export
 * never mixes with or overwrites earlier files. Every file is written atomically.
 */
export async function writeExportFolder(
  folder: string,
  files: readonly ExportFile[],
): Promise<void> {
  const root = resolve(folder)
  for (const file of files) checkExportPath(file.path)
  await expectEmptyFolder(root)
  const targets = files.map((file) => ({ ...file, target: join(root, ...file.path.split('/')) }))
  for (const folder of new Set(targets.map(({ target }) => dirname(target)))) {
    try {
      await mkdir(folder, { recursive: true })
    } catch (error) {
      throw writeFailure(folder, error)
    }
  }
  // Each write waits for the disk (fsync); a brat export of 10,000 documents is 20,000 files.
  await mapLimit(targets, PARALLEL_WRITES, async ({ target, content }) => {
    try {
      await writeFileAtomic(target, content)
    } catch (error) {
      throw writeFailure(target, error)
    }
  })
}

async function expectEmptyFolder(folder: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') throw notEmpty(folder, 'a file has that name')
    if (code !== 'ENOENT') throw unreadableFile(folder, readErrorReason(error))
    try {
      await mkdir(folder, { recursive: true })
    } catch (made) {
      throw writeFailure(folder, made)
    }
    return
  }
  if (entries.length > 0) throw notEmpty(folder, 'it is not empty')
}

const notEmpty = (folder: string, why: string): GlossFailure =>
  new GlossFailure({
    code: 'conflict',
    message: `Gloss will not export into ${folder}: ${why}.`,
    file: folder,
    hint: 'Choose a new or empty folder, or move the old export aside; nothing was overwritten.',
  })
