import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

import { REPO_ROOT } from './paths'

export interface WebHost {
  /** The address the host printed, with its `?token=`. */
  readonly url: string
  /** What the host wrote to stderr so far (for failure messages). */
  readonly log: () => string
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  readonly stop: (graceMs?: number) => Promise<void>
}

export interface WebHostOptions {
  /** The project to open; without one the host starts as on a first run (the welcome screen). */
  readonly dir?: string
  readonly dataDir: string
  readonly annotator: string
  readonly startTimeoutMs?: number
}

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))

/**
 * Starts the built browser host (`out/main/web.js`) on a free port for one project (or none)
 * and waits for the single line it prints on stdout.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const entry = join(REPO_ROOT, 'out', 'main', 'web.js')
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`)
  const child = spawn(
    process.execPath,
    [
      entry,
      ...(options.dir === undefined ? [] : [options.dir]),
      '--annotator',
      options.annotator,
      '--port',
      '0',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, GLOSS_DATA_DIR: options.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  const stop = async (graceMs = 5_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.kill('SIGTERM')
    await exited(child)
    clearTimeout(killer)
  }

  const firstLine = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolve(line))
    child.once('exit', (code) =>
      reject(
        new Error(`the web host exited (code ${code}) before printing its address:\n${stderr}`),
      ),
    )
  })
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`the web host printed no address in time:\n${stderr}`)),
      options.startTimeoutMs ?? 30_000,
    ).unref(),
  )
  let line: string
  try {
    line = await Promise.race([firstLine, timeout])
  } catch (error) {
    await stop(0)
    throw error
  }
  const url = URL_PATTERN.exec(line)?.[0]
  if (url === undefined) {
    await stop(0)
    throw new Error(`the web host's first line holds no address: ${JSON.stringify(line)}`)
  }
  return { url, log: () => stderr, stop }
}
