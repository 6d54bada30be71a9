import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { REPO_ROOT } from './paths'

export interface HostRun {
  readonly stdout: string
  readonly stderr: string
  readonly code: number | null
}

/** Runs the built host; once it has printed its first stdout line, sends SIGTERM. */
export const runHost = (args: readonly string[], dataDir: string): Promise<HostRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'out/main/web.js'), ...args], {
      env: { ...process.env, GLOSS_DATA_DIR: dataDir },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text
      if (stdout.includes('\n')) child.kill('SIGTERM')
    })
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ stdout, stderr, code }))
  })
