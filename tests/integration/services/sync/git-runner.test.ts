import { chmod, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { systemGit } from '../../../../src-main/services/sync/git-runner'
import { isProcessAlive } from '../../../../src-main/services/locks/stale-lock'
import { tempDir } from '../support/project-fixture'

const gitBefore = process.env['GLOSS_GIT']
afterEach(() => {
  if (gitBefore === undefined) delete process.env['GLOSS_GIT']
  else process.env['GLOSS_GIT'] = gitBefore
})

/** A "git" that hangs the way one waiting on an unreachable host does, with ssh under it. */
async function hangingGit(dir: string): Promise<string> {
  const script = join(dir, 'hanging-git')
  await writeFile(script, `#!/bin/sh\nsleep 60 &\necho $! > "${join(dir, 'ssh.pid')}"\nwait\n`)
  await chmod(script, 0o755)
  return script
}

describe.skipIf(process.platform === 'win32')('git that does not answer', () => {
  it('is stopped after its time, with what it started, and said to be unreachable', async () => {
    const dir = await tempDir()
    process.env['GLOSS_GIT'] = await hangingGit(dir)

    await expect(systemGit(dir, ['fetch', '-q', 'origin'], { timeoutMs: 1_000 })).rejects.toThrow(
      'git fetch took longer than 1 s and was stopped.',
    )

    const ssh = Number((await readFile(join(dir, 'ssh.pid'), 'utf8')).trim())
    for (let tries = 0; tries < 100 && isProcessAlive(ssh); tries++) {
      await new Promise((done) => setTimeout(done, 20))
    }
    expect(isProcessAlive(ssh)).toBe(false)
  })
})
