import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { createJsonFiles } from '../../../src-main/services/storage/json-file'
import type { JsonKind } from '../../../src-main/services/storage/json-kind'
import {
  createWriteJournal,
  runWithWriteJournal,
} from '../../../src-main/services/storage/write-journal'
import { tempDir } from '../../integration/services/support/project-fixture'

interface Counter {
  readonly version: 1
  readonly count: number
}

const COUNTER: JsonKind<Counter> = {
  what: 'counter file',
  version: 1,
  schema: z.object({ version: z.literal(1), count: z.number().int() }),
}

const bump = (current: Counter | null): Counter => ({
  version: 1,
  count: (current?.count ?? 0) + 1,
})

/** A counter file with count 1 on disk, and a session journal. */
async function counter() {
  const path = join(await tempDir(), 'counter.json')
  await writeFile(path, '{"version":1,"count":1}')
  const journal = createWriteJournal()
  const file = createJsonFiles().file(path, COUNTER)
  const inSession = <T>(work: () => Promise<T>) => runWithWriteJournal(journal, work)
  const onDisk = () => readFile(path, 'utf8')
  return { path, journal, file, inSession, onDisk }
}

describe("json files and the session's write journal", () => {
  it("notes an update on top of what the session read as the session's own", async () => {
    const { path, journal, file, inSession, onDisk } = await counter()
    await inSession(() => file.read())
    await inSession(() => file.update(bump))

    expect(journal.isOwn(path, await onDisk())).toBe(true)
  })

  it('does not call an update its own when the file changed since the session read it', async () => {
    const { path, journal, file, inSession, onDisk } = await counter()
    await inSession(() => file.read())
    await writeFile(path, '{"version":1,"count":40}')
    await inSession(() => file.update(bump))

    expect([JSON.parse(await onDisk()).count, journal.isOwn(path, await onDisk())]).toEqual([
      41,
      false,
    ])
  })

  it('notes nothing for reads and writes made outside a session', async () => {
    const { path, journal, file, onDisk } = await counter()
    await file.read()
    await file.update(bump)

    expect(journal.isOwn(path, await onDisk())).toBe(false)
  })
})
