import type { Input } from '@contract/endpoints'
import { groupCandidates } from '@core/review/group-candidates'

import type { AgreementScope, AgreementViewState } from '../agreement-state'
import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SaveQueue } from '../save-queue'

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

  const load = async (): Promise<void> => {
    const state = store.get()
    const { scope, annotators } = state.agreement
    const docId = agreementDocId(state)
    if (scope === 'document' && docId === null) {
      latest++
      store.update((current) =>
        withAgreement(current, { overview: null, loadedFor: { scope, docId }, loading: false }),
      )
      return
    }
    const request = ++latest
    store.update((current) => withAgreement(current, { loading: true }))
    // The figures are read from disk: the analyst's own last edit must be there first.
    await saves.idle()
    const input: Input<'getAgreement'> = {
      ...(annotators !== null && { annotators: [...annotators] }),
      ...(docId !== null && { docs: [docId] }),
    }
    const [overview, disagreements] = await Promise.all([
      client.getAgreement(input).then((result) => unwrap(ctx, result)),
      docId === null ? null : readDisagreements(docId, overviewAnnotators(state)),
    ])
    if (request !== latest) return
    store.update((current) =>
      withAgreement(current, {
        loading: false,
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
