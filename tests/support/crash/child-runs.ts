import type { RunningChild } from './child-lines'
import type { HostGo, SaverGo } from './child-protocol'
import type { CrashProject } from './crash-project'
import { saveOverHttp } from './http-saves'
import type { DocLedger } from './save-ledger'

// One child's run in the crash harness, from `go` to its kill: the services child saves by
// itself and reports each save; the browser host child is sent saves over HTTP.

export interface RunContext {
  readonly project: CrashProject
  readonly ledgers: readonly DocLedger[]
  readonly inFlight: number
}

export interface RunResult {
  readonly acknowledged: number
  /** The child stopped by itself, or a save was refused: a finding, not a kill. */
  readonly problem: string | null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// A child that has saved nothing after this long is stuck, not slow.
const FIRST_ACK_TIMEOUT_MS = 15_000

export async function runSaver(
  child: RunningChild,
  { project, ledgers, inFlight }: RunContext,
  early: boolean,
  delay: number,
): Promise<RunResult> {
  let acks = 0
  let firstAck: () => void = () => undefined
  const acked = new Promise<void>((resolve) => (firstAck = resolve))
  child.onLine((line) => {
    const [word, doc, n, kind, target] = line.split(' ')
    const ledger = ledgers[Number(doc)]
    if (ledger === undefined) return
    if (word === 'sent') {
      ledger.sent(
        kind === 'relabel'
          ? { n: Number(n), kind: 'relabel', target: Number(target) }
          : { n: Number(n), kind: 'create' },
      )
    } else if (word === 'ack') {
      ledger.acknowledged(Number(n))
      acks++
      firstAck()
    }
  })
  const go: SaverGo = {
    project: project.root,
    annotator: project.annotator,
    docs: project.docs.map(({ docId }, i) => ({
      docId,
      from: (ledgers[i] as DocLedger).nextNumber(),
    })),
    inFlight,
  }
  child.process.stdin?.write(`go ${JSON.stringify(go)}\n`)
  return killAt(child, early ? null : acked, delay, () => acks)
}

export async function runHost(
  child: RunningChild,
  { project, ledgers, inFlight }: RunContext,
  early: boolean,
  delay: number,
): Promise<RunResult> {
  let listening: (address: { port: number; token: string }) => void = () => undefined
  const address = new Promise<{ port: number; token: string }>((resolve) => (listening = resolve))
  child.onLine((line) => {
    const [word, port, token] = line.split(' ')
    if (word === 'listening') listening({ port: Number(port), token: token ?? '' })
  })
  const go: HostGo = {
    project: project.root,
    dataDir: project.dataDir,
    annotator: project.annotator,
  }
  child.process.stdin?.write(`go ${JSON.stringify(go)}\n`)
  if (early) return killAt(child, null, delay, () => 0)
  const started = await Promise.race([address, child.exited.then(() => null)])
  if (started === null) return { acknowledged: 0, problem: `the host stopped: ${child.stderr()}` }
  const saves = saveOverHttp(started, project, ledgers, inFlight)
  const result = await killAt(child, saves.firstAck, delay, saves.acknowledged)
  // The saves in flight fail once the host is gone; what they had acknowledged is counted.
  const refused = await saves.stop()
  return result.problem === null && refused !== null ? { ...result, problem: refused } : result
}

/** Kills the child `delay` ms after `after` (at once when null) and waits until it is gone. */
async function killAt(
  child: RunningChild,
  after: Promise<void> | null,
  delay: number,
  acks: () => number,
): Promise<RunResult> {
  const started = await Promise.race([
    (after ?? Promise.resolve()).then(() => 'saving' as const),
    child.exited.then(() => 'exited' as const),
    sleep(FIRST_ACK_TIMEOUT_MS).then(() => 'stuck' as const),
  ])
  if (started === 'saving') await sleep(delay)
  child.process.kill('SIGKILL')
  const { signal, code } = await child.exited
  if (started === 'stuck') return { acknowledged: acks(), problem: 'no save was acknowledged' }
  if (signal !== 'SIGKILL') {
    return {
      acknowledged: acks(),
      problem: `the child stopped by itself (${code}): ${child.stderr()}`,
    }
  }
  return { acknowledged: acks(), problem: null }
}
