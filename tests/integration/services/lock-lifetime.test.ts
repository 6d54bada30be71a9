import { spawn, type ChildProcess } from 'node:child_process'
import { access, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ok, openedProject, setup } from './support/project-fixture'

const TAKER = join(import.meta.dirname, 'support', 'lock-taker.ts')

/** Starts a process that takes `layer`'s lock; resolves once it holds it. */
function takeInChild(project: string, layer: string, then: 'exit' | 'wait') {
  const child = spawn(process.execPath, ['--import', 'tsx', TAKER, project, layer, then], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const held = new Promise<ChildProcess>((resolve, reject) => {
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => chunk.includes('held') && resolve(child))
    child.on('error', reject)
  })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return { held, exited }
}

const locksIn = async (project: string) => (await readdir(join(project, '.gloss', 'locks'))).sort()

describe('the life of a layer lock', () => {
  it('is removed when its process exits normally', async () => {
    const where = await setup()
    await openedProject(where, 'alice')
    const taker = takeInChild(where.project, 'bob', 'exit')
    await taker.held
    await taker.exited

    expect(await locksIn(where.project)).toEqual(['alice.lock'])
  })

  it('is left by a process killed mid-work, and taken over by the next writer without asking', async () => {
    const where = await setup()
    await openedProject(where, 'alice')
    const taker = takeInChild(where.project, 'bob', 'wait')
    const child = await taker.held
    child.kill('SIGKILL')
    await taker.exited
    await access(join(where.project, '.gloss', 'locks', 'bob.lock'))

    const bob = await openedProject(where, 'bob')

    expect((await ok(bob, 'getSession', {})).project?.path).toBe(where.project)
    expect(await locksIn(where.project)).toEqual(['alice.lock', 'bob.lock'])
    const lock = await readFile(join(where.project, '.gloss', 'locks', 'bob.lock'), 'utf8')
    expect(JSON.parse(lock)).toMatchObject({ pid: process.pid, annotator: 'bob' })
  })
})
