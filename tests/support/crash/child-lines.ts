import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

/** A harness child, started and loading, with its stdout as lines. */
export interface RunningChild {
  readonly process: ChildProcess
  /** Resolves once the child printed `ready` (its code is loaded). */
  readonly ready: Promise<void>
  /** Calls `listener` with every line the child prints from now on. */
  onLine(listener: (line: string) => void): void
  /** What the child wrote to stderr so far. */
  stderr(): string
  /** Once it ended and its output is read: the signal that ended it (null: it exited) and its code. */
  readonly exited: Promise<{ readonly signal: NodeJS.Signals | null; readonly code: number | null }>
}

/** Starts `node <script>`; it waits for `go` (see child-protocol.ts). */
export function startChild(script: string): RunningChild {
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'pipe'] })
  let errors = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (errors += chunk))
  const listeners: ((line: string) => void)[] = []
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') markReady()
    else for (const listener of listeners) listener(line)
  })
  const exited = new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ signal, code })),
  )
  // A child that dies before `ready` must not leave the harness waiting for it.
  void exited.then(markReady)
  return {
    process: child,
    ready,
    onLine: (listener) => void listeners.push(listener),
    stderr: () => errors,
    exited,
  }
}
