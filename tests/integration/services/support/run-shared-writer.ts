import { spawn } from 'node:child_process'
import { join } from 'node:path'

const WRITER = join(import.meta.dirname, 'shared-writer.ts')

/** Runs shared-writer.ts in a child process (`api|cli <project> <data dir> <prefix> <count>`). */
export function runSharedWriter(...args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writer exited ${code}: ${errors}`)),
    )
  })
}
