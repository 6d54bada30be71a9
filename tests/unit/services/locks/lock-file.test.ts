import { readFile, stat } from 'node:fs/promises'
import { hostname } from 'node:os'

import { describe, expect, it } from 'vitest'

import { tryTakeLock, type LockOptions } from '../../../../src-main/services/locks/lock-file'
import { thisProcessHolder } from '../../../../src-main/services/locks/lock-holder'
import { processStartOf } from '../../../../src-main/services/locks/process-start'
import { lockPlace, otherProgram, writeLock } from './lock-fixture'

const OPTIONS: LockOptions = { staleAfterMs: 60_000, heartbeatMs: 0 }
const MINUTE = 60_000

// Linux records when the holder process started; elsewhere (no /proc) the field is left out.
const LINUX = process.platform === 'linux'

const taken = async (path: string, options: LockOptions = OPTIONS) => {
  const result = await tryTakeLock(path, thisProcessHolder('alice'), options)
  if (!result.taken) throw new Error(`refused: ${JSON.stringify(result.holder)}`)
  return result.lock
}

describe('a lock file', () => {
  it('is created holding who took it: program, pid (and its start), host, since when, layer', async () => {
    const { path } = await lockPlace()
    const holder = thisProcessHolder('alice')

    const result = await tryTakeLock(path, holder, OPTIONS)

    expect(result.taken).toBe(true)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(holder)
    expect(Object.keys(holder).sort()).toEqual([
      'annotator',
      'hostname',
      'pid',
      ...(LINUX ? ['processStart'] : []),
      'program',
      'startedAt',
      'token',
    ])
  })

  it('is refused to a second taker, who is told the holder', async () => {
    const { path } = await lockPlace()
    const first = await taken(path)

    const second = await tryTakeLock(path, thisProcessHolder('alice'), OPTIONS)

    expect(second).toEqual({ taken: false, holder: first.holder })
  })

  it('held by a process on this machine that still runs is refused', async () => {
    const { path } = await lockPlace()
    await writeLock(path, otherProgram())

    expect(await tryTakeLock(path, thisProcessHolder('alice'), OPTIONS)).toEqual({
      taken: false,
      holder: otherProgram(),
    })
  })

  it('in the format older Gloss wrote (no process start), held by a running process, is refused', async () => {
    const { path } = await lockPlace()
    const old = `{"program":"Gloss","pid":${process.ppid},"hostname":"${hostname()}","startedAt":"2026-05-01T09:30:00.000Z","annotator":"alice","token":"old-token"}`
    await writeLock(path, old)

    expect(await tryTakeLock(path, thisProcessHolder('alice'), OPTIONS)).toEqual({
      taken: false,
      holder: JSON.parse(old),
    })
  })

  it('left by a process on this machine that is gone is taken over without asking', async () => {
    const { path } = await lockPlace()
    await writeLock(path, otherProgram({ pid: 4242 }))
    const options = { ...OPTIONS, isAlive: (pid: number) => pid !== 4242 }

    const lock = await taken(path, options)

    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(lock.holder)
  })

  it('left by a process that is gone is taken over even when a taker crashed mid-takeover', async () => {
    const { path } = await lockPlace()
    await writeLock(path, otherProgram({ pid: 4242 }))
    // The guard a taker (pid 4343) holds while it removes the stale lock, left by its crash.
    await writeLock(`${path}.takeover`, otherProgram({ pid: 4343, token: 'takeover' }))
    const options = { ...OPTIONS, isAlive: (pid: number) => pid !== 4242 && pid !== 4343 }

    const lock = await taken(path, options)

    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(lock.holder)
  })

  it.runIf(LINUX)('held by this very process, as it started, is refused', async () => {
    const { path } = await lockPlace()
    const window = { ...thisProcessHolder('alice'), token: 'other-window' }
    await writeLock(path, window)

    expect(window.processStart).toEqual(processStartOf(process.pid))
    expect(await tryTakeLock(path, thisProcessHolder('alice'), OPTIONS)).toEqual({
      taken: false,
      holder: window,
    })
  })

  it.runIf(LINUX)(
    'whose pid now belongs to a process that started later is taken over at once',
    async () => {
      const { path } = await lockPlace()
      const running = processStartOf(process.ppid)!
      await writeLock(
        path,
        otherProgram({ processStart: { ...running, ticks: running.ticks - 1 } }),
      )

      const lock = await taken(path)

      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(lock.holder)
    },
  )

  it.runIf(LINUX)(
    'taken before the machine restarted is taken over at once, its pid alive or not',
    async () => {
      const { path } = await lockPlace()
      const running = processStartOf(process.ppid)!
      await writeLock(path, otherProgram({ processStart: { ...running, bootId: 'before-reboot' } }))

      const lock = await taken(path)

      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(lock.holder)
    },
  )

  it('from another machine is refused while it is refreshed, whatever its pid', async () => {
    const { path } = await lockPlace()
    const colleague = otherProgram({ hostname: 'colleague-laptop', pid: 4242 })
    await writeLock(path, colleague, MINUTE / 2)
    const options = { ...OPTIONS, isAlive: () => false }

    expect(await tryTakeLock(path, thisProcessHolder('alice'), options)).toEqual({
      taken: false,
      holder: colleague,
    })
  })

  it('from another machine is taken over once it has not been refreshed for the stale time', async () => {
    const { path } = await lockPlace()
    await writeLock(path, otherProgram({ hostname: 'colleague-laptop' }), 2 * MINUTE)

    const lock = await taken(path)

    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(lock.holder)
  })

  it('is kept from going stale by a refresh of its modification time', async () => {
    const { path } = await lockPlace()
    const lock = await taken(path)
    await writeLock(path, lock.holder, 2 * MINUTE)

    expect(await lock.refresh()).toBe(true)

    const other = { ...OPTIONS, hostname: 'colleague-laptop' }
    expect(await tryTakeLock(path, thisProcessHolder('alice'), other)).toEqual({
      taken: false,
      holder: lock.holder,
    })
  })

  it('knows it was lost when another program took it over, and then leaves that lock alone', async () => {
    const { path } = await lockPlace()
    const lock = await taken(path)
    await writeLock(path, otherProgram())

    expect(await lock.refresh()).toBe(false)
    expect(lock.lost).toBe(true)
    await lock.release()
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(otherProgram())
  })

  it('is removed on release, and can then be taken again', async () => {
    const { path } = await lockPlace()
    const lock = await taken(path)

    await lock.release()

    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' })
    expect((await tryTakeLock(path, thisProcessHolder('alice'), OPTIONS)).taken).toBe(true)
  })

  it('whose record is still being written is refused, holder unknown', async () => {
    const { path } = await lockPlace()
    await writeLock(path, '')

    expect(await tryTakeLock(path, thisProcessHolder('alice'), OPTIONS)).toEqual({
      taken: false,
      holder: null,
    })
  })

  it('whose record was never finished (a crash while taking it) is taken over', async () => {
    const { path } = await lockPlace()
    await writeLock(path, '{"program":"Gloss', MINUTE / 2)

    const lock = await taken(path)

    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(lock.holder)
  })
})
