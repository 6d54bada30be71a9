import { createHash } from 'node:crypto'

import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import { lookAgain, type FileSnapshot } from '../storage/file-snapshot'

/** The sha256 of a text's UTF-8 bytes, as lowercase hex. */
export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex')

/** Document texts, checked once and kept while their files are unchanged. */
export interface TextCache {
  /**
   * Reads `documents/<docId>.txt` and checks it is still the text that was imported: every
   * span's offsets point into it, so a changed text would silently shift them all.
   */
  read(file: string, entry: DocumentEntry): Promise<string>
}

// Every save checks its spans against the text: a book's text is read and hashed once, not
// on every keystroke. A few texts are kept (documents analysts go back and forth between).
const KEPT_TEXTS = 8

/** An empty cache of checked texts. */
export function createTextCache(): TextCache {
  const kept = new Map<
    string,
    { readonly snapshot: FileSnapshot; readonly text: string; readonly sha256: string }
  >()
  return {
    async read(file, entry) {
      const known = kept.get(file)
      const looked = await lookAgain(file, known?.snapshot)
      if (looked.snapshot.stamp === null) throw missingText(file, entry)
      kept.delete(file)
      const text = looked.changed || known === undefined ? (looked.text as string) : known.text
      const sha256 = looked.changed || known === undefined ? sha256Hex(text) : known.sha256
      if (sha256 !== entry.sha256) throw changedText(file, entry)
      kept.set(file, { snapshot: looked.snapshot, text, sha256 })
      for (const oldest of kept.keys()) {
        if (kept.size <= KEPT_TEXTS) break
        kept.delete(oldest)
      }
      return text
    },
  }
}

const missingText = (file: string, entry: DocumentEntry): GlossFailure =>
  new GlossFailure({
    code: 'unreadable-file',
    message: `The text of "${entry.title}" is missing: ${file} does not exist.`,
    file,
    hint: `Import ${entry.sourceName} again to restore it; its annotations are kept.`,
  })

const changedText = (file: string, entry: DocumentEntry): GlossFailure =>
  new GlossFailure({
    code: 'unreadable-file',
    message: `The text of "${entry.title}" was changed outside Gloss, so its annotations no longer line up: ${file}.`,
    file,
    hint: 'Restore the original file (for example from a backup or git); Gloss will not overwrite it.',
  })
