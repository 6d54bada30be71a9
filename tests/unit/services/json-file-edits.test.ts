import { readdir, readFile, rename, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createJsonFiles } from '../../../src-main/services/storage/json-file'
import {
  createWriteJournal,
  runWithWriteJournal,
} from '../../../src-main/services/storage/write-journal'
import { setCount, TALLY, tallyFile } from './edit-log-fixture'

const HEADER = '{"version":1,"editsOf":"tally.json"}\n'
const onDisk = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'))
const tally = (counts: Record<string, number>) => ({ version: 1, counts })

/** A tally file holding `{ a: 1 }` on disk, written whole (there was no file to log against). */
async function startedTally(foldEdits?: number) {
  const started = await tallyFile(foldEdits)
  await started.file.edit(setCount('a', 1))
  return started
}

describe('json files with an edit log', () => {
  it('writes the first version whole: there is no file to log edits against', async () => {
    const { dir, path } = await startedTally()
    expect(await readdir(dir)).toEqual(['tally.json'])
    expect(await onDisk(path)).toEqual(tally({ a: 1 }))
  })

  it('appends later edits to the log and leaves the file as it was', async () => {
    const { path, logPath, file } = await startedTally()
    await file.edit(setCount('b', 2))
    await file.edit(setCount('a', 3))

    expect(await onDisk(path)).toEqual(tally({ a: 1 }))
    expect(await readFile(logPath, 'utf8')).toBe(
      `${HEADER}{"name":"b","count":2}\n{"name":"a","count":3}\n`,
    )
  })

  it('reads the file with every logged edit replayed, in another registry too', async () => {
    const { path, file } = await startedTally()
    await file.edit(setCount('b', 2))
    await file.edit(setCount('a', 3))

    expect(await file.read()).toEqual(tally({ a: 3, b: 2 }))
    expect(await createJsonFiles().file(path, TALLY).read()).toEqual(tally({ a: 3, b: 2 }))
  })

  it('folds: writes the logged edits into the file and removes the log', async () => {
    const { dir, path, file } = await startedTally()
    await file.edit(setCount('b', 2))
    await file.fold()

    expect(await readdir(dir)).toEqual(['tally.json'])
    expect(await onDisk(path)).toEqual(tally({ a: 1, b: 2 }))
  })

  it('folds by itself once the log holds enough edits, after the edit is acknowledged', async () => {
    const { dir, path, file } = await startedTally(3)
    for (const count of [2, 3, 4]) await file.edit(setCount('b', count))
    await file.read()

    expect(await readdir(dir)).toEqual(['tally.json'])
    expect(await onDisk(path)).toEqual(tally({ a: 1, b: 4 }))
  })

  it('leaves out a line a crash cut short, and cuts it off before the next edit', async () => {
    const { path, logPath, file } = await startedTally()
    await writeFile(logPath, `${HEADER}{"name":"b","count":2}\n{"name":"c","cou`)

    expect(await file.read()).toEqual(tally({ a: 1, b: 2 }))
    await file.edit(setCount('d', 4))
    expect(await readFile(logPath, 'utf8')).toBe(
      `${HEADER}{"name":"b","count":2}\n{"name":"d","count":4}\n`,
    )
    expect(await createJsonFiles().file(path, TALLY).read()).toEqual(tally({ a: 1, b: 2, d: 4 }))
  })

  it('never writes the file or its log when the log cannot be read', async () => {
    const { path, logPath, file } = await startedTally()
    const broken = `${HEADER}{"name":"b"}\n`
    await writeFile(logPath, broken)

    await expect(file.edit(setCount('c', 3))).rejects.toMatchObject({
      code: 'unreadable-file',
      message: `Gloss cannot read ${logPath}: line 2 is not an edit Gloss knows.`,
    })
    await expect(file.fold()).rejects.toMatchObject({ code: 'unreadable-file' })
    expect([await readFile(logPath, 'utf8'), await onDisk(path)]).toEqual([broken, tally({ a: 1 })])
  })

  it('takes the logged edits into a whole rewrite and removes the log', async () => {
    const { dir, path, file } = await startedTally()
    await file.edit(setCount('b', 2))
    await file.update((current) => ({ version: 1, counts: { ...current?.counts, c: 3 } }))

    expect(await readdir(dir)).toEqual(['tally.json'])
    expect(await onDisk(path)).toEqual(tally({ a: 1, b: 2, c: 3 }))
  })

  it('replays the log onto a file a sync replaced, the logged edits winning', async () => {
    const { dir, path, file } = await startedTally()
    await file.edit(setCount('b', 2))
    await writeFile(join(dir, 'synced.json'), JSON.stringify(tally({ a: 10, b: 20, c: 30 })))
    await rename(join(dir, 'synced.json'), path)

    expect(await file.read()).toEqual(tally({ a: 10, b: 2, c: 30 }))
  })

  it('sees a file changed in place right after it was read, though size and time stay', async () => {
    const { path, file } = await startedTally()
    // A clock that ticks once a second (FAT, HFS+) gives both writes the same time.
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000)
    await writeFile(path, JSON.stringify(tally({ a: 5 })))
    await utimes(path, tick, tick)
    expect(await file.read()).toEqual(tally({ a: 5 }))
    await writeFile(path, JSON.stringify(tally({ a: 6 })))
    await utimes(path, tick, tick)

    expect(await file.read()).toEqual(tally({ a: 6 }))
  })

  it("notes the log's appends and the fold as the session's own writes", async () => {
    const { path, logPath, file } = await startedTally()
    const journal = createWriteJournal()
    const inSession = <T>(work: () => Promise<T>) => runWithWriteJournal(journal, work)
    await inSession(() => file.read())
    await inSession(() => file.edit(setCount('b', 2)))
    expect(journal.isOwn(logPath, await readFile(logPath, 'utf8'))).toBe(true)

    await inSession(() => file.fold())
    expect(journal.isOwn(logPath, null)).toBe(true)
    expect(journal.isOwn(path, await readFile(path, 'utf8'))).toBe(true)
  })

  it('rewrites a file smaller than the logging threshold whole', async () => {
    const { dir, path } = await tallyFile()
    const file = createJsonFiles({ editLog: { fromBytes: 1024 } }).editable(path, TALLY)
    await file.edit(setCount('a', 1))
    await file.edit(setCount('b', 2))

    expect(await readdir(dir)).toEqual(['tally.json'])
    expect(await onDisk(path)).toEqual(tally({ a: 1, b: 2 }))
  })
})
