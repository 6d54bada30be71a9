import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { dispatch } from '../contract/dispatch'
import { openAppState, resolveStartupProject } from '../services/app-state'
import { createHandlers } from '../services/handlers'
import { nameThisProgram } from '../services/locks/lock-holder'
import { jsonFiles } from '../services/storage/json-file'
import { mergeDriverCommand } from '../services/sync/merge-driver-command'
import { createWebServer } from './server'
import { parseWebArgs, WEB_USAGE } from './web-args'

// stdout carries exactly one line, the address; scripts and tests read it. All else: stderr.
const note = (text: string): void => void process.stderr.write(`${text}\n`)

async function main(): Promise<number> {
  const parsed = parseWebArgs(process.argv.slice(2))
  if (!parsed.ok) {
    note(`gloss: ${parsed.message}\n${WEB_USAGE}`)
    return 1
  }
  const { args } = parsed
  if (args.help) {
    note(WEB_USAGE)
    return 0
  }
  const rendererDir = join(import.meta.dirname, '../renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    note(`gloss: the UI is not built (${rendererDir} has no index.html). Run \`npm run build\`.`)
    return 1
  }

  nameThisProgram('Gloss browser host (npm run web)')
  const appState = await openAppState()
  const project =
    args.folder !== undefined ? resolve(args.folder) : await resolveStartupProject(appState)
  const hostStopped = new AbortController()
  const handlers = createHandlers({
    ports: { host: 'web' },
    appState,
    stopped: hostStopped.signal,
    sampleDir: join(import.meta.dirname, '../../resources/sample'),
    mergeDriver: mergeDriverCommand(join(import.meta.dirname, 'cli.js'), 'node'),
    ...(args.annotator !== undefined && { annotator: args.annotator }),
  })
  // Opened through the contract (not `project:` above) so a folder that cannot be created or
  // read stops the host with a clear message, and it becomes the remembered last project.
  // No project on the first run: the page's welcome screen offers one.
  const opened =
    project === undefined
      ? undefined
      : await dispatch(handlers, 'openProject', { path: project, create: true })
  if (opened?.ok === false) {
    const { message, hint } = opened.error
    note(`gloss: ${message}${hint ? `\n${hint}` : ''}`)
    return 2
  }

  const token = randomBytes(32).toString('base64url')
  const server = createWebServer({ handlers, rendererDir, token })
  let port: number
  try {
    port = await server.listen(args.port)
  } catch (error) {
    note(`gloss: cannot listen on 127.0.0.1:${args.port}: ${String(error)}`)
    return 1
  }
  // Listen for signals before printing: whoever reads the line may signal at once.
  const stopped = new Promise<void>((done) => {
    let stopping = false
    const stop = (): void => {
      // A second Ctrl+C while requests are still finishing means "now".
      if (stopping) process.exit(130)
      stopping = true
      void server.close().then(() => {
        hostStopped.abort()
        done()
      })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  note(
    opened === undefined
      ? 'gloss: first run, no project yet: the welcome screen offers one'
      : `gloss: project ${opened.value.path}`,
  )
  process.stdout.write(
    `Gloss is running at http://127.0.0.1:${port}/?token=${token} (browser host; Ctrl+C to stop)\n`,
  )
  await stopped
  // Edits still in edit logs go into their files, so the folder is tidy for git and colleagues.
  await jsonFiles.foldAll().catch(() => undefined)
  note('gloss: stopped')
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    note(`gloss: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(2)
  },
)
