import { createInterface } from 'node:readline'

// How the harness and its children talk: each child prints `ready` once its code is loaded,
// then waits for one line on stdin, `go <JSON>`, before it touches the project. So the next
// child can load while the harness checks what the last kill left (no two ever write).

/** Says the child is loaded and returns what the harness sends with `go`. */
export async function awaitGo<T>(): Promise<T> {
  const lines = createInterface({ input: process.stdin })
  process.stdout.write('ready\n')
  for await (const line of lines) {
    if (!line.startsWith('go ')) continue
    // An open stdin would keep a child that finishes its work from exiting.
    process.stdin.destroy()
    return JSON.parse(line.slice(3)) as T
  }
  throw new Error('the harness closed stdin before it said go')
}

/** A line to the harness. Writes to a pipe are synchronous on Linux: a kill never eats one. */
export const tell = (line: string): void => void process.stdout.write(`${line}\n`)

/** Stops the child with a reason the harness shows (a save that failed is a finding). */
export function giveUp(error: unknown): never {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
}

/** What the services child is told with `go`. */
export interface SaverGo {
  readonly project: string
  readonly annotator: string
  readonly docs: readonly { readonly docId: string; readonly from: number }[]
  /** Saves kept in flight per document. */
  readonly inFlight: number
}

/** What the browser-host child is told with `go`. */
export interface HostGo {
  readonly project: string
  readonly dataDir: string
  readonly annotator: string
}
