import { readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

import { syncFolder } from '../storage/atomic-write'
import { writeFailure } from '../storage/io-failure'

/** `<file>.corrupt-<time>`: beside the file, ignored by every listing and by the watch. */
export const corruptName = (file: string, at: Date): string =>
  `${file}.corrupt-${at.toISOString().replace(/:/gu, '-')}`

/**
 * Whether a file Gloss could not parse is broken (and may be moved aside) rather than only
 * unreadable for now: a file it cannot open (permissions, a drive error) is left where it
 * is, and so is one a newer Gloss wrote (updating Gloss opens it).
 */
export async function isBroken(file: string, version: number): Promise<boolean> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return false
  }
  try {
    const parsed: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
    const written = (parsed as { version?: unknown } | null)?.version
    return !(typeof written === 'number' && written > version)
  } catch {
    return true
  }
}

/** Renames `file` to its `.corrupt-<time>` name and returns that name. */
export async function moveAside(file: string, at: Date): Promise<string> {
  const target = corruptName(file, at)
  try {
    await rename(file, target)
  } catch (error) {
    throw writeFailure(file, error)
  }
  await syncFolder(dirname(file))
  return target
}
