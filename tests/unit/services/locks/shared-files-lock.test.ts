import { readdir, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { GlossFailure } from '../../../../src-main/core/failure'
import { processStartOf } from '../../../../src-main/services/locks/process-start'
import { withSharedFilesLock } from '../../../../src-main/services/locks/shared-files-lock'
import { tempDir } from '../../../integration/services/support/project-fixture'
import { otherProgram, writeLock } from './lock-fixture'

const SHARED = (root: string) => join(root, '.gloss', 'locks', '_shared-files.lock')

describe('the shared-files lock', () => {
  it('is held while the update runs and let go after', async () => {
    const root = await tempDir()
    const seen = await withSharedFilesLock(root, join(root, 'gloss.json'), () =>
      readdir(join(root, '.gloss', 'locks')),
    )

    expect(seen).toEqual(['_shared-files.lock'])
    expect(await readdir(join(root, '.gloss', 'locks'))).toEqual([])
  })

  it('runs the updates of one process one at a time', async () => {
    const root = await tempDir()
    let running = 0
    let most = 0
    const update = () =>
      withSharedFilesLock(root, join(root, 'gloss.json'), async () => {
        most = Math.max(most, ++running)
        await new Promise((done) => setImmediate(done))
        running--
      })

    await Promise.all([update(), update(), update()])

    expect(most).toBe(1)
  })

  it('waits for another program to finish, then updates', async () => {
    const root = await tempDir()
    await writeLock(SHARED(root), otherProgram({ annotator: undefined }))
    let updated = false

    const waiting = withSharedFilesLock(root, join(root, 'gloss.json'), async () => {
      updated = true
    })
    await new Promise((done) => setTimeout(done, 30))
    expect(updated).toBe(false)
    await rm(SHARED(root))
    await waiting

    expect(updated).toBe(true)
  })

  it.runIf(process.platform === 'linux')(
    'takes over at once a lock whose pid now belongs to a process that started later',
    async () => {
      const root = await tempDir()
      const running = processStartOf(process.ppid)!
      const gone = { ...running, ticks: running.ticks - 1 }
      await writeLock(SHARED(root), otherProgram({ annotator: undefined, processStart: gone }))

      // No wait at all: refused, it would fail at once with the timeout.
      const ran = await withSharedFilesLock(root, join(root, 'gloss.json'), async () => 'ran', {
        timeoutMs: 0,
      })

      expect(ran).toBe('ran')
      expect(await readdir(join(root, '.gloss', 'locks'))).toEqual([])
    },
  )

  it('gives up after its timeout, naming the file, the holder and what to do; nothing is run', async () => {
    const root = await tempDir()
    const index = join(root, 'documents', 'index.json')
    await writeLock(SHARED(root), otherProgram({ annotator: undefined, program: 'gloss import' }))
    let updated = false

    const refused = await withSharedFilesLock(root, index, async () => (updated = true), {
      timeoutMs: 50,
    }).catch((error: unknown) => error)

    expect(updated).toBe(false)
    expect((refused as GlossFailure).toError()).toEqual({
      code: 'conflict',
      message: `Gloss could not update ${index}: gloss import (pid ${process.ppid} on ${hostname()}, since 2026-05-01T09:30:00.000Z) has been updating this project's shared files for over 0 s.`,
      file: SHARED(root),
      hint: `Nothing was changed. Try again when it has finished. If gloss import is no longer running on ${hostname()}, delete ${SHARED(root)}.`,
    })
  })
})
