import { userInfo } from 'node:os'

import { annotatorSchema } from '../../contract/schemas'

const FALLBACK = 'analyst'

/**
 * Makes a name fit the annotator rules (it becomes a folder name): anything but letters,
 * digits, dot, dash and underscore becomes a dash, leading dots and underscores go, and it is
 * cut to 64 characters. "analyst" when nothing usable is left.
 */
export function sanitiseAnnotatorName(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[._-]+/u, '')
    .slice(0, 64)
  const parsed = annotatorSchema.safeParse(cleaned)
  return parsed.success ? parsed.data : FALLBACK
}

/** The OS user name made safe as an annotator name, or "analyst". */
export function defaultAnnotatorName(): string {
  try {
    return sanitiseAnnotatorName(userInfo().username)
  } catch {
    // No passwd entry (some containers): userInfo() throws.
    return FALLBACK
  }
}
