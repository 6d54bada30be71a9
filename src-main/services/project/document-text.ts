import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import { readErrorReason, unreadableFile } from '../storage/io-failure'

/** The sha256 of a text's UTF-8 bytes, as lowercase hex. */
export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex')

/**
 * Reads `documents/<docId>.txt` and checks it is still the text that was imported: every
 * span's offsets point into it, so a changed text would silently shift them all.
 */
export async function readDocumentText(file: string, entry: DocumentEntry): Promise<string> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GlossFailure({
        code: 'unreadable-file',
        message: `The text of "${entry.title}" is missing: ${file} does not exist.`,
        file,
        hint: `Import ${entry.sourceName} again to restore it; its annotations are kept.`,
      })
    }
    throw unreadableFile(file, readErrorReason(error))
  }
  if (sha256Hex(text) !== entry.sha256) {
    throw new GlossFailure({
      code: 'unreadable-file',
      message: `The text of "${entry.title}" was changed outside Gloss, so its annotations no longer line up: ${file}.`,
      file,
      hint: 'Restore the original file (for example from a backup or git); Gloss will not overwrite it.',
    })
  }
  return text
}
