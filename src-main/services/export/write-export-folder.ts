import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

import { GlossFailure } from '../../core/failure'
import { relativePathProblem } from '../../core/files/file-names'
import type { ExportFile } from '../../core/formats/dataset'
import { mapLimit } from '../annotations/map-limit'
import { syncFolder, tempNameFor, writeFileAtomic } from '../storage/atomic-write'
import { readErrorReason, unreadableFile, writeFailure } from '../storage/io-failure'
import { sweepStaleTemps } from '../storage/temp-sweep'

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
 * Writes the files into a new `folder`, all at once: an existing folder must be empty, so an
 * export never mixes with or overwrites earlier files. The files are written (fsync'ed) into
 * a hidden temp folder beside it, `.<name>.<pid>-<hex>.tmp`, which is renamed to `folder`
 * when all are there: a crash leaves no folder or the whole export, never part of it. A
 * temp folder an earlier crashed export of the same name left is removed first.
 */
export async function writeExportFolder(
  folder: string,
  files: readonly ExportFile[],
): Promise<void> {
  const root = resolve(folder)
  for (const file of files) checkExportPath(file.path)
  await expectNoExport(root)
  await sweepStaleTemps([dirname(root)], { target: basename(root) })
  const staging = tempNameFor(root)
  try {
    await writeInto(staging, root, files)
    await moveIntoPlace(staging, root)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

/** Writes the files into `staging`; failures name the file as it would be in `root`. */
async function writeInto(staging: string, root: string, files: readonly ExportFile[]) {
  const targets = files.map((file) => ({ ...file, segments: file.path.split('/') }))
  const folders = new Set([
    staging,
    ...targets.map(({ segments }) => dirname(join(staging, ...segments))),
  ])
  for (const folder of folders) {
    try {
      await mkdir(folder, { recursive: true })
    } catch (error) {
      throw writeFailure(join(root, folder.slice(staging.length)), error)
    }
  }
  // Each write waits for the disk (fsync); a brat export of 10,000 documents is 20,000 files.
  await mapLimit(targets, PARALLEL_WRITES, async ({ segments, content }) => {
    try {
      await writeFileAtomic(join(staging, ...segments), content, { syncFolder: false })
    } catch (error) {
      throw writeFailure(join(root, ...segments), error)
    }
  })
  for (const folder of folders) await syncFolder(folder)
}

/** Renames the finished `staging` folder to `root` (replacing an empty one) and syncs that. */
async function moveIntoPlace(staging: string, root: string): Promise<void> {
  try {
    // Windows cannot rename over a folder, even an empty one.
    await rmdir(root).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await rename(staging, root)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Something was put there while the export was written.
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw notEmpty(root, 'it is not empty')
    throw writeFailure(root, error)
  }
  await syncFolder(dirname(root))
}

/** `folder` must be absent or an empty folder; its parent is made when missing. */
async function expectNoExport(folder: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') throw notEmpty(folder, 'a file has that name')
    if (code !== 'ENOENT') throw unreadableFile(folder, readErrorReason(error))
    try {
      await mkdir(dirname(folder), { recursive: true })
    } catch (made) {
      throw writeFailure(dirname(folder), made)
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
