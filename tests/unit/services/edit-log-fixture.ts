import { join } from 'node:path'

import { z } from 'zod'

import type { EditLogKind } from '../../../src-main/services/storage/edit-log'
import { createJsonFiles } from '../../../src-main/services/storage/json-file'
import type { JsonKind } from '../../../src-main/services/storage/json-kind'
import { tempDir } from '../../integration/services/support/project-fixture'

/** A file of named counts; an edit sets one count (so replaying it twice changes nothing). */
export interface Tally {
  readonly version: 1
  readonly counts: Readonly<Record<string, number>>
}

export interface SetCount {
  readonly name: string
  readonly count: number
}

export const TALLY_EDITS: EditLogKind<Tally, SetCount> = {
  version: 1,
  schema: z.object({ name: z.string(), count: z.number().int() }),
  replay: (tally, edit) => ({ ...tally, counts: { ...tally.counts, [edit.name]: edit.count } }),
}

export const TALLY: JsonKind<Tally, SetCount> = {
  what: 'tally file',
  version: 1,
  schema: z.object({ version: z.literal(1), counts: z.record(z.string(), z.number().int()) }),
  edits: TALLY_EDITS,
}

/** Sets `name` to `count`, as an edit. */
export const setCount = (name: string, count: number) => (current: Tally | null) => {
  const edit = { name, count }
  return { edit, next: TALLY_EDITS.replay(current ?? { version: 1, counts: {} }, edit) }
}

/** A tally file in a fresh folder, logging every edit and folding after `foldEdits`. */
export async function tallyFile(foldEdits = 100) {
  const dir = await tempDir()
  const path = join(dir, 'tally.json')
  const files = createJsonFiles({ editLog: { fromBytes: 0, foldEdits, idleMs: 0 } })
  return {
    dir,
    path,
    logPath: join(dir, 'tally.edits.jsonl'),
    files,
    file: files.editable(path, TALLY),
  }
}
