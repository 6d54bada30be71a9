import { readdir, readFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../../src-main/core/failure'
import { createLayerLocks } from '../../../../src-main/services/locks/layer-locks'
import { nameThisProgram } from '../../../../src-main/services/locks/lock-holder'
import { otherProgram, writeLock } from './lock-fixture'
import { tempDir } from '../../../integration/services/support/project-fixture'

const lockFiles = async (root: string) => (await readdir(join(root, '.gloss', 'locks'))).sort()

describe('the layer locks of a project', () => {
  it('keep a held layer in .gloss/locks/<annotator>.lock, naming this program', async () => {
    const root = await tempDir()
    nameThisProgram('Gloss (desktop app)')
    const locks = createLayerLocks(root)

    await locks.hold('alice')

    const lock = JSON.parse(await readFile(join(root, '.gloss', 'locks', 'alice.lock'), 'utf8'))
    expect(lock).toMatchObject({
      program: 'Gloss (desktop app)',
      pid: process.pid,
      hostname: hostname(),
      annotator: 'alice',
    })
    await locks.releaseAll()
    expect(await lockFiles(root)).toEqual([])
  })

  it('refuse a layer another program writes, naming it, its pid, host and since when, and what to do', async () => {
    const root = await tempDir()
    const path = join(root, '.gloss', 'locks', 'alice.lock')
    await writeLock(path, otherProgram())

    const refused = await createLayerLocks(root)
      .hold('alice')
      .catch((error: unknown) => error)

    expect(refused).toBeInstanceOf(GlossFailure)
    expect((refused as GlossFailure).toError()).toEqual({
      code: 'conflict',
      message: `The annotations of alice in ${root} are already being written by Gloss browser host (npm run web) (pid ${process.ppid} on ${hostname()}, since 2026-05-01T09:30:00.000Z).`,
      file: path,
      hint: `Only one program may write a layer at a time. Close that Gloss window or let that command finish, then try again, or work under another annotator name. If it is no longer running on ${hostname()}, delete ${path}.`,
    })
  })

  it('call the gold layer the gold set when refusing it', async () => {
    const root = await tempDir()
    await writeLock(
      join(root, '.gloss', 'locks', '_gold.lock'),
      otherProgram({ annotator: '_gold' }),
    )

    const refused = await createLayerLocks(root)
      .during(['_gold'], async () => 'written')
      .catch((error: unknown) => (error as GlossFailure).message)

    expect(refused).toBe(
      `The gold set (annotations/_gold) of ${root} is already being written by Gloss browser host (npm run web) (pid ${process.ppid} on ${hostname()}, since 2026-05-01T09:30:00.000Z).`,
    )
  })

  it('take a layer that is not held just for one write, and let it go after', async () => {
    const root = await tempDir()
    const locks = createLayerLocks(root)
    const during: string[][] = []

    await locks.during(['bob', '_gold'], async () => during.push(await lockFiles(root)))

    expect(during).toEqual([['_gold.lock', 'bob.lock']])
    expect(await lockFiles(root)).toEqual([])
  })

  it('keep a held layer through writes that use it', async () => {
    const root = await tempDir()
    const locks = createLayerLocks(root)
    await locks.hold('alice')

    await Promise.all([
      locks.during(['alice'], async () => undefined),
      locks.during(['alice'], async () => undefined),
    ])

    expect(await lockFiles(root)).toEqual(['alice.lock'])
    await locks.release('alice')
    expect(await lockFiles(root)).toEqual([])
  })

  it('take nothing when one of the layers is refused', async () => {
    const root = await tempDir()
    await writeLock(join(root, '.gloss', 'locks', 'bob.lock'), otherProgram({ annotator: 'bob' }))
    let wrote = false

    await createLayerLocks(root)
      .during(['alice', 'bob'], async () => (wrote = true))
      .catch(() => undefined)

    expect(wrote).toBe(false)
    expect(await lockFiles(root)).toEqual(['bob.lock'])
  })

  it('list .gloss/ and moved-aside files in the project .gitignore, writing the file when there is none', async () => {
    const root = await tempDir()

    await createLayerLocks(root).hold('alice')

    expect(await readFile(join(root, '.gitignore'), 'utf8')).toBe(
      "# Gloss's own working files (locks, broken files moved aside): never part of the project's history\n.gloss/\n*.corrupt-*\n",
    )
  })
})
