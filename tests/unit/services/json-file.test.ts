import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { GlossFailure } from '../../../src-main/core/failure'
import { createJsonFiles } from '../../../src-main/services/storage/json-file'
import type { JsonKind } from '../../../src-main/services/storage/json-kind'
import { tempDir } from '../../integration/services/support/project-fixture'

interface Counter {
  readonly version: 2
  readonly count: number
}

const COUNTER: JsonKind<Counter> = {
  what: 'counter file',
  version: 2,
  schema: z.object({ version: z.literal(2), count: z.number().int() }),
  upgrades: { 1: (old) => ({ version: 2, count: Number(old.total) }) },
}

const increment = (current: Counter | null): Counter => ({
  version: 2,
  count: (current?.count ?? 0) + 1,
})

async function counterFile() {
  const dir = await tempDir()
  const path = join(dir, 'counter.json')
  return { dir, path, file: createJsonFiles().file(path, COUNTER) }
}

describe('json files', () => {
  it('reads null for a file that does not exist yet, and creates nothing', async () => {
    const { dir, file } = await counterFile()
    expect(await file.read()).toBeNull()
    expect(await readdir(dir)).toEqual([])
  })

  it('writes pretty-printed JSON with a final newline', async () => {
    const { path, file } = await counterFile()
    expect(await file.update(increment)).toEqual({ version: 2, count: 1 })
    expect(await readFile(path, 'utf8')).toBe('{\n  "version": 2,\n  "count": 1\n}\n')
  })

  it('runs updates of one path one after another, losing none', async () => {
    const { path, file } = await counterFile()
    await Promise.all(Array.from({ length: 50 }, () => file.update(increment)))
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 2, count: 50 })
  })

  it('leaves no temp files behind', async () => {
    const { dir, file } = await counterFile()
    await Promise.all(Array.from({ length: 5 }, () => file.update(increment)))
    expect(await readdir(dir)).toEqual(['counter.json'])
  })

  it('never writes over a file it cannot parse, and never calls the change', async () => {
    const { path, file } = await counterFile()
    await writeFile(path, '{"version": 2, "count": ')
    let called = false

    const error = await file
      .update((current) => {
        called = true
        return increment(current)
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GlossFailure)
    expect((error as GlossFailure).toError()).toMatchObject({ code: 'unreadable-file', file: path })
    expect(called).toBe(false)
    expect(await readFile(path, 'utf8')).toBe('{"version": 2, "count": ')
  })

  it('refuses a file holding just null, where lowdb would silently use its defaults', async () => {
    const { path, file } = await counterFile()
    await writeFile(path, 'null')
    await expect(file.read()).rejects.toMatchObject({
      code: 'unreadable-file',
      message: `Gloss cannot read ${path}: it is not a Gloss counter file.`,
    })
  })

  it('refuses a file without a version', async () => {
    const { path, file } = await counterFile()
    await writeFile(path, '{"count": 3}')
    await expect(file.read()).rejects.toMatchObject({
      message: `Gloss cannot read ${path}: it has no valid "version" field, so it is not a Gloss counter file.`,
    })
  })

  it('upgrades an older version when reading, and writes the current one', async () => {
    const { path, file } = await counterFile()
    await writeFile(path, '{"version": 1, "total": 7}')
    expect(await file.read()).toEqual({ version: 2, count: 7 })
    await file.update(increment)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 2, count: 8 })
  })

  it('hands out one handle per path', async () => {
    const dir = await tempDir()
    const files = createJsonFiles()
    const path = join(dir, 'counter.json')
    expect(files.file(join(dir, '.', 'counter.json'), COUNTER)).toBe(files.file(path, COUNTER))
    expect(() => files.file(path, { ...COUNTER })).toThrow('is already open as another kind')
  })

  it("gives 'unwritable' when the folder is gone", async () => {
    const dir = await tempDir()
    const path = join(dir, 'missing', 'counter.json')
    const file = createJsonFiles().file(path, COUNTER)
    await expect(file.update(increment)).rejects.toMatchObject({
      code: 'unwritable',
      message: `Gloss could not save ${path}: its folder no longer exists.`,
      hint: `The folder ${join(dir, 'missing')} was moved, deleted or unmounted; reopen the project. Nothing already saved was changed.`,
    })
  })
})
