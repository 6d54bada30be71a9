import { appendFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { lookAgain, type ReadMode } from '../../../src-main/services/storage/file-snapshot'
import { tempDir } from '../../integration/services/support/project-fixture'

// Both ways of reading give the same answers (blocking calls, or the thread pool).
describe.each<ReadMode>(['blocking', 'pooled'])('looking at a file again (%s reads)', (mode) => {
  const path = async (content?: string) => {
    const file = join(await tempDir(), 'file.json')
    if (content !== undefined) await writeFile(file, content)
    return file
  }

  it('reads a file seen for the first time, and says there is none where there is none', async () => {
    const file = await path('{"a":1}')
    expect(await lookAgain(file, undefined, mode)).toMatchObject({ changed: true, text: '{"a":1}' })
    await rm(file)
    expect(await lookAgain(file, undefined, mode)).toMatchObject({
      snapshot: { stamp: null },
      text: null,
    })
  })

  it('takes an older file whose stamp is unchanged as unchanged, without reading it', async () => {
    const file = await path('{"a":1}')
    const old = new Date(Date.now() - 60_000)
    await utimes(file, old, old)
    const first = await lookAgain(file, undefined, mode)

    expect(first.snapshot.settled).toBe(true)
    expect(await lookAgain(file, first.snapshot, mode)).toEqual({
      snapshot: first.snapshot,
      changed: false,
      text: null,
    })
  })

  it('reads a file again that grew, and all of it', async () => {
    const file = await path('x'.repeat(100_000))
    const first = await lookAgain(file, undefined, mode)
    await appendFile(file, 'y'.repeat(70_000))

    const again = await lookAgain(file, first.snapshot, mode)
    expect([again.changed, again.text?.length]).toEqual([true, 170_000])
  })

  it('compares the text of a file changed within its clock tick, whose stamp did not change', async () => {
    const file = await path('{"a":1}')
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000)
    await utimes(file, tick, tick)
    const first = await lookAgain(file, undefined, mode)
    expect(first.snapshot.settled).toBe(false)

    expect((await lookAgain(file, first.snapshot, mode)).changed).toBe(false)
    await writeFile(file, '{"a":2}')
    await utimes(file, tick, tick)
    expect(await lookAgain(file, first.snapshot, mode)).toMatchObject({
      changed: true,
      text: '{"a":2}',
    })
  })

  it('says what is wrong with a path that cannot be read', async () => {
    const folder = await tempDir()
    await expect(lookAgain(folder, undefined, mode)).rejects.toMatchObject({
      code: 'unreadable-file',
      message: `Gloss cannot read ${folder}: it is a folder, not a file.`,
    })
  })
})
