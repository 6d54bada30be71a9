import type { EditLogKind } from '../storage/edit-log'
import { parseEditLog } from '../storage/edit-log'
import { parseVersioned } from '../storage/json-kind'
import type { PersonFile } from './person-files'
import { jsonPathOf, logPathOf } from './person-files'

/**
 * What a person's file holds in one version (its JSON with its edit log replayed), from the
 * texts git has for it; `null` when that version has no file.
 */
export function personFileContent(
  file: PersonFile,
  json: string | null,
  log: string | null,
): unknown {
  if (json === null) return null
  const data: unknown = parseVersioned(file.folder.kind, json, jsonPathOf(file))
  const edits = file.folder.kind.edits as EditLogKind<unknown, unknown> | undefined
  if (log === null || edits === undefined) return data
  const parsed = parseEditLog(edits, log, jsonPathOf(file), logPathOf(file))
  return parsed.edits.reduce((current, edit) => edits.replay(current, edit), data)
}

/** How many spans a version holds (0 for kinds without spans, or no file). */
export function spanCount(file: PersonFile, content: unknown): number {
  return content === null ? 0 : file.folder.spanLabels(content).length
}
