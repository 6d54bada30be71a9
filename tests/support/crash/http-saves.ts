import type { DocLedger } from './save-ledger'
import type { CrashProject } from './crash-project'
import { changesOf, createEditPicker } from './crash-edits'

/** Saves posted to a browser host, as its page posts them, until `stop`. */
export interface HttpSaves {
  /** Resolves at the first acknowledged save. */
  readonly firstAck: Promise<void>
  readonly acknowledged: () => number
  /** Waits for the saves in flight to end; returns a refusal the host gave, if any. */
  stop(): Promise<string | null>
}

/**
 * Posts `applySpanChanges` to the host at `port` with its token, `inFlight` at a time per
 * document. A save counts as acknowledged only once its whole answer arrived and said ok.
 */
export function saveOverHttp(
  { port, token }: { readonly port: number; readonly token: string },
  project: CrashProject,
  ledgers: readonly DocLedger[],
  inFlight: number,
): HttpSaves {
  let stopped = false
  let acks = 0
  let refused: string | null = null
  let firstAck: () => void = () => undefined
  const acked = new Promise<void>((resolve) => (firstAck = resolve))
  const url = `http://127.0.0.1:${port}/api/applySpanChanges`

  const workers = project.docs.flatMap(({ docId }, doc) => {
    const ledger = ledgers[doc] as DocLedger
    const picker = createEditPicker(ledger.nextNumber())
    const saveUntilGone = async (): Promise<void> => {
      while (!stopped) {
        const edit = picker.pick()
        ledger.sent(edit)
        let answer: { ok: boolean; error?: { message: string } }
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-gloss-token': token },
            body: JSON.stringify({ docId, changes: changesOf(edit) }),
          })
          answer = (await response.json()) as typeof answer
        } catch {
          return // the host is gone
        }
        if (!answer.ok) {
          refused ??= `the host refused edit ${edit.n}: ${answer.error?.message ?? '?'}`
          return
        }
        picker.acknowledged(edit)
        ledger.acknowledged(edit.n)
        acks++
        firstAck()
      }
    }
    return Array.from({ length: inFlight }, saveUntilGone)
  })

  return {
    firstAck: acked,
    acknowledged: () => acks,
    async stop() {
      stopped = true
      await Promise.all(workers)
      return refused
    },
  }
}
