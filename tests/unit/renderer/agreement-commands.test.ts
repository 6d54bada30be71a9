import { describe, expect, it } from 'vitest'

import type { GlossClient, Input } from '../../../src-main/contract/endpoints'
import type { AgreementOverview } from '../../../src-main/core/agreement/agreement-overview'
import { computeAgreement } from '../../../src-main/core/agreement/compute-agreement'
import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands } from '../../../src-renderer/state/commands'
import { createStore } from '../../../src-renderer/state/create-store'
import { createFakeClient, DOC_ID } from './fake-client'

const overviewFor = (annotators: readonly string[]): AgreementOverview => ({
  available: ['ana', 'ben', 'cem'],
  report: computeAgreement({ annotators, labels: DEFAULT_LABELS, documents: [] }),
  documents: [],
  progress: [],
  labelsByAnnotator: [],
})

/** A host that records each getAgreement request and answers after `delays[n]` ms. */
function agreementHost(delays: number[] = []) {
  const requests: Input<'getAgreement'>[] = []
  const client = {
    ...createFakeClient().client,
    getAgreement: (input: Input<'getAgreement'>) => {
      requests.push(input)
      const delay = delays[requests.length - 1] ?? 0
      const value = overviewFor(input.annotators ?? ['ana', 'ben', 'cem'])
      return new Promise((resolve) => setTimeout(() => resolve({ ok: true, value }), delay))
    },
  } as unknown as GlossClient
  const store = createStore<AppState>(initialAppState)
  return { store, requests, commands: createCommands({ store, client }) }
}

// Each request names its computation so that Cancel can stop it (agreement-cancel.test.ts).
const anyWorkId = expect.any(String) as unknown

describe('agreement commands', () => {
  it('asks for every annotator on every document until the analyst chooses', async () => {
    const { store, requests, commands } = agreementHost()
    await commands.agreement.refresh()
    expect(requests).toEqual([{ workId: anyWorkId }])
    expect(store.get().agreement).toMatchObject({
      loading: false,
      loadedFor: { scope: 'project', docId: null },
      overview: { available: ['ana', 'ben', 'cem'] },
    })
  })

  it('asks for the open document in document scope', async () => {
    const { requests, commands } = agreementHost()
    await commands.documents.openDocument(DOC_ID)
    commands.agreement.setScope('document')
    await commands.agreement.refresh()
    expect(requests).toEqual([{ docs: [DOC_ID], workId: anyWorkId }])
  })

  it('asks nothing in document scope while no document is open', async () => {
    const { store, requests, commands } = agreementHost()
    commands.agreement.setScope('document')
    await commands.agreement.refresh()
    expect(requests).toEqual([])
    expect(store.get().agreement).toMatchObject({
      overview: null,
      loadedFor: { scope: 'document', docId: null },
    })
  })

  it('sends the ticked annotators in the order the project lists them', async () => {
    const { store, requests, commands } = agreementHost()
    await commands.agreement.refresh()
    commands.agreement.setAnnotator('ana', false)
    expect(store.get().agreement.annotators).toEqual(['ben', 'cem'])
    commands.agreement.setAnnotator('ana', true)
    commands.agreement.setAnnotator('ben', false)
    await commands.agreement.refresh()
    expect(requests.at(-1)).toEqual({ annotators: ['ana', 'cem'], workId: anyWorkId })
  })

  it('goes back to everyone when every annotator is ticked again', async () => {
    const { store, commands } = agreementHost()
    await commands.agreement.refresh()
    commands.agreement.setAnnotator('cem', false)
    commands.agreement.setAnnotator('cem', true)
    expect(store.get().agreement.annotators).toBeNull()
  })

  it('keeps the answer to the latest request when an older one arrives late', async () => {
    const { store, commands } = agreementHost([50, 0])
    const slow = commands.agreement.refresh()
    commands.agreement.setScope('project')
    store.update((state) => ({
      ...state,
      agreement: { ...state.agreement, annotators: ['ana', 'ben'] },
    }))
    await commands.agreement.refresh()
    await slow
    expect(store.get().agreement.overview?.report.annotators).toEqual(['ana', 'ben'])
  })

  it('shows the host’s error and keeps the figures it had', async () => {
    const { store, commands } = agreementHost()
    await commands.agreement.refresh()
    const before = store.get().agreement.overview
    const failing = createCommands({
      store,
      client: {
        ...createFakeClient().client,
        getAgreement: async () => ({
          ok: false,
          error: { code: 'unreadable-file', message: 'Gloss cannot read bob.json.' },
        }),
      } as unknown as GlossClient,
    })
    await failing.agreement.refresh()
    expect(store.get().agreement).toMatchObject({ loading: false, overview: before })
    expect(store.get().errors.map((shown) => shown.error.message)).toEqual([
      'Gloss cannot read bob.json.',
    ])
  })

  it('waits for the analyst’s pending save before reading the figures', async () => {
    const events: string[] = []
    const store = createStore<AppState>(initialAppState)
    const client = {
      ...createFakeClient().client,
      applySpanChanges: () =>
        new Promise((resolve) =>
          setTimeout(() => {
            events.push('saved')
            resolve({
              ok: true,
              value: { updatedAt: '2026-01-01T00:00:00.000Z', status: 'in-progress' },
            })
          }, 30),
        ),
      getAgreement: async () => {
        events.push('asked')
        return { ok: true, value: overviewFor(['ana', 'ben', 'cem']) }
      },
    } as unknown as GlossClient
    const commands = createCommands({ store, client })
    await commands.documents.openDocument(DOC_ID)
    commands.annotate.setSelection({ start: 4, end: 12, exact: false })
    commands.annotate.createSpan('claim')
    await commands.agreement.refresh()
    expect(events).toEqual(['saved', 'asked'])
  })

  it('switches views', () => {
    const { store, commands } = agreementHost()
    commands.ui.showView('agreement')
    expect(store.get().view).toBe('agreement')
  })
})
