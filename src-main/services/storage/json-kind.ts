import type { z } from 'zod'

import type { EditLogKind } from './edit-log'
import { unreadableFile } from './io-failure'

type JsonObject = Record<string, unknown>

/** A line git or a sync tool starts a merge conflict with. */
export const CONFLICT_MARKER = /^<{7}(?: |$)/mu

/** What one kind of Gloss JSON file looks like, and how older versions are upgraded. */
export interface JsonKind<T, E = unknown> {
  /** Words for messages, e.g. "annotations file". */
  readonly what: string
  /** The version this app writes. */
  readonly version: number
  /** Validates the current version. */
  readonly schema: z.ZodType<T>
  /** `upgrades[n]` turns a version-n object into a version-(n+1) object. */
  readonly upgrades?: Readonly<Record<number, (old: JsonObject) => JsonObject>>
  /** How edits are logged beside a large file instead of rewriting it (see edit-log.ts). */
  readonly edits?: EditLogKind<T, E>
}

/**
 * Parses the text of a Gloss JSON file: JSON, then `version` (upgrading older files), then
 * the schema. Anything wrong throws `unreadable-file` naming `file`.
 */
export function parseVersioned<T>(kind: JsonKind<T>, text: string, file: string): T {
  if (CONFLICT_MARKER.test(text)) {
    throw unreadableFile(
      file,
      'it has unresolved merge conflict markers (<<<<<<<) from git or a sync tool',
    )
  }
  let raw: unknown
  try {
    // Notepad and PowerShell 5 add a byte order mark; it is not part of the JSON.
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    // The parser quotes the file, newlines and all; the message must stay one line.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ')
    throw unreadableFile(file, `it is not valid JSON (${detail})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw unreadableFile(file, `it is not a Gloss ${kind.what}`)
  }
  let data = raw as JsonObject
  const version = data.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw unreadableFile(file, `it has no valid "version" field, so it is not a Gloss ${kind.what}`)
  }
  if (version > kind.version) {
    throw unreadableFile(
      file,
      `it was written by a newer Gloss (${kind.what} version ${version}; this Gloss reads up to ${kind.version}). Update Gloss to open it`,
    )
  }
  for (let from = version; from < kind.version; from++) {
    const upgrade = kind.upgrades?.[from]
    if (upgrade === undefined) {
      throw unreadableFile(file, `${kind.what} version ${from} is no longer supported`)
    }
    data = upgrade(data)
  }
  const parsed = kind.schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw unreadableFile(
      file,
      `it is not a valid ${kind.what} (${issue?.message ?? 'rejected'}${where})`,
    )
  }
  return parsed.data
}

/** Pretty-printed with a final newline: readable diffs when a project lives in git. */
export const stringifyJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`
