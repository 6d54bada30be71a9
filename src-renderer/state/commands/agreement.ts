import type { Input } from '@contract/endpoints'
import { groupCandidates } from '@core/review/group-candidates'

import type { AgreementScope, AgreementViewState } from '../agreement-state'
import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SaveQueue } from '../save-queue'
import { followWork, newWorkId } from '../work-progress'

const withAgreement = (state: AppState, change: Partial<AgreementViewState>): AppState => ({
  ...state,
  agreement: { ...state.agreement, ...change },
})

/** The document the agreement view measures in document scope: the one that is open. */
export const agreementDocId = (state: AppState): string | null =>
  state.agreement.scope === 'document' ? (state.doc?.entry.id ?? null) : null

export function createAgreementCommands(ctx: CommandContext, saves: SaveQueue) {
  const { store, client } = ctx
  // Only the answer to the latest request is shown; an older, slower one is dropped.
  let latest = 0
  // The computation running on the host, to cancel (Cancel, or a newer request replacing it).
  let runningId: string | null = null
  const cancelRunning = async (): Promise<void> => {
    const workId = runningId
    runningId = null
    if (workId !== null) await client.cancelWork({ workId })
  }

  const load = async (): Promise<void> => {
    const state = store.get()
    const { scope, annotators } = state.agreement
    const docId = agreementDocId(state)
    // A newer request replaces the one still computing: that one need not finish.
    void cancelRunning()
    if (scope === 'document' && docId === null) {
      latest++
      store.update((current) =>
        withAgreement(current, {
          overview: null,
          loadedFor: { scope, docId },
          loading: false,
          progress: null,
          cancelled: false,
        }),
      )
      return
    }
    const request = ++latest
    const workId = newWorkId()
    runningId = workId
    store.update((current) =>
      withAgreement(current, { loading: true, progress: null, cancelled: false }),
    )
    // The figures are read from disk: the analyst's own last edit must be there first.
    await saves.idle()
    const input: Input<'getAgreement'> = {
      ...(annotators !== null && { annotators: [...annotators] }),
      ...(docId !== null && { docs: [docId] }),
      workId,
    }
    const stop = followWork(client, workId, (progress) => {
      if (request === latest) store.update((current) => withAgreement(current, { progress }))
    })
    const [result, disagreements] = await Promise.all([
      client.getAgreement(input),
      docId === null ? null : readDisagreements(docId, overviewAnnotators(state)),
    ])
    stop()
    if (runningId === workId) runningId = null
    if (request !== latest) return
    if (!result.ok && result.error.code === 'cancelled') {
      // The figures from before stay (the view says they are), nothing is shown as an error.
      store.update((current) =>
        withAgreement(current, { loading: false, progress: null, cancelled: true }),
      )
      return
    }
    const overview = unwrap(ctx, result)
    store.update((current) =>
      withAgreement(current, {
        loading: false,
        progress: null,
        disagreements,
        ...(overview !== null && { overview, loadedFor: { scope, docId } }),
      }),
    )
  }

  // The annotators the figures are for: those ticked, or every annotator (an empty list).
  const overviewAnnotators = (state: AppState): readonly string[] =>
    state.agreement.annotators ?? []

  const readDisagreements = async (docId: string, annotators: readonly string[]) => {
    const read = unwrap(ctx, await client.getReviewDocument({ docId, annotators: [...annotators] }))
    if (read === null) return null
    const groups = groupCandidates(read.layers).filter((group) => group.kind !== 'agreed')
    return { docId, text: read.text, groups }
  }

  return {
    /**
     * Loads the figures for the current scope and annotators. The view calls it when it is
     * shown and when the open document changes; call it again when annotations changed on disk.
     */
    refresh: load,

    /** Stops the computation running (Cancel); the figures from before stay. */
    cancel: cancelRunning,

    /** The view loads the figures for the new choice (see `refresh`). */
    setScope: (scope: AgreementScope): void => {
      store.update((state) => withAgreement(state, { scope }))
    },

    /** Ticks or unticks an annotator; ticking everyone again means "everyone" (new ones too). */
    setAnnotator: (name: string, chosen: boolean): void => {
      store.update((state) => {
        const available = state.agreement.overview?.available ?? []
        const current = new Set(state.agreement.annotators ?? available)
        if (chosen) current.add(name)
        else current.delete(name)
        const ticked = available.filter((known) => current.has(known))
        const everyone = ticked.length === available.length
        return withAgreement(state, { annotators: everyone ? null : ticked })
      })
    },
  }
}

export type AgreementCommands = ReturnType<typeof createAgreementCommands>
