import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { GLOSS_WORK_FOLDER } from '../locks/lock-paths'

// Gloss notes the team commit it is merging before `git merge` starts and removes the note
// once the merge is committed or undone. A merge still under way with that note beside it
// was Gloss's own, cut short (a crash, a power cut): the next sync undoes it and merges
// again. One without the note was begun by a person, and is theirs to finish.
const markerPath = (root: string): string => join(root, GLOSS_WORK_FOLDER, 'sync-merge')

export async function noteMergeStarted(root: string, target: string): Promise<void> {
  const path = markerPath(root)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${target}\n`)
}

export async function noteMergeEnded(root: string): Promise<void> {
  await rm(markerPath(root), { force: true })
}

/** The team commit an unfinished merge of Gloss's own was merging, or `null`. */
export async function mergeGlossStarted(root: string): Promise<string | null> {
  const text = await readFile(markerPath(root), 'utf8').catch(() => null)
  return text === null ? null : text.trim()
}
