import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, test } from '@playwright/test'

import { runHost } from '../support/run-host'
import { startWebHost } from '../support/start-web-host'

test('a second browser host for the same annotator is refused, naming the first; after it stops, one starts', async () => {
  const root = await mkdtemp(join(tmpdir(), 'gloss-second-host-'))
  try {
    const dir = join(root, 'project')
    const first = await startWebHost({ dir, dataDir: join(root, 'data'), annotator: 'ann' })
    const lock = join(dir, '.gloss', 'locks', 'ann.lock')
    const holder = JSON.parse(await readFile(lock, 'utf8')) as { pid: number; startedAt: string }

    const second = await runHost([dir, '--annotator', 'ann', '--port', '0'], join(root, 'data2'))

    expect(second.stdout).toBe('')
    expect(second.stderr).toBe(
      `gloss: The annotations of ann in ${dir} are already being written by Gloss browser host (npm run web) (pid ${holder.pid} on ${hostname()}, since ${holder.startedAt}).\nOnly one program may write a layer at a time. Close that Gloss window or let that command finish, then try again, or work under another annotator name. If it is no longer running on ${hostname()}, delete ${lock}.\n`,
    )
    expect(second.code).toBe(2)

    await first.stop()
    expect(existsSync(lock)).toBe(false)
    const third = await runHost([dir, '--annotator', 'ann', '--port', '0'], join(root, 'data2'))
    expect(third.code).toBe(0)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
