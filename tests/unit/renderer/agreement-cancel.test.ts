import { describe, expect, it } from 'vitest'

import { dispatch } from '../../../src-main/contract/dispatch'
import type { GlossClient, Input } from '../../../src-main/contract/endpoints'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore } from '../../../src-renderer/state/create-store'
import { agreementStatus } from '../../../src-renderer/agreement/agreement-status'
import { datasetProject } from '../../integration/services/support/dataset-fixture'
import { openedProject } from '../../integration/services/support/project-fixture'
import { clientOver } from '../../support/handlers-client'

/**
 * A window on the dataset project (alice and bob on three articles) over the real handlers.
 * After `pressCancelNextTime()`, the analyst presses Cancel as the next request leaves for the
 * host: the cancel reaches the host first, so the computation it starts is cancelled, every time.
 */
async function agreementWindow() {
  const handlers = await openedProject(await datasetProject(), 'alice')
  const asked: Input<'getAgreement'>[] = []
  let cancelOnCall = false
  const client = {
    ...clientOver(handlers),
    getAgreement: async (input: Input<'getAgreement'>) => {
      asked.push(input)
      if (cancelOnCall) {
        cancelOnCall = false
        await commands.agreement.cancel()
      }
      return dispatch(handlers, 'getAgreement', input)
    },
  } as GlossClient
  const store = createStore<AppState>(initialAppState)
  const commands: Commands = createCommands({ store, client })
  await commands.session.loadSession()
  return {
    store,
    commands,
    asked,
    pressCancelNextTime: () => void (cancelOnCall = true),
  }
}

describe('cancelling agreement in the agreement view', () => {
  it('sends a work id with the request, so the computation can be cancelled', async () => {
    const { asked, commands } = await agreementWindow()
    await commands.agreement.refresh()
    expect(asked).toEqual([{ workId: expect.stringMatching(/^[0-9a-f-]{36}$/) }])
  })

  it('keeps the figures from before and says the computation was cancelled, not failed', async () => {
    const { store, commands, pressCancelNextTime } = await agreementWindow()
    await commands.agreement.refresh()
    const before = store.get().agreement.overview
    expect(before?.available).toEqual(['alice', 'bob'])

    pressCancelNextTime()
    await commands.agreement.refresh()
    const after = store.get().agreement
    expect(after.overview).toBe(before)
    expect(after).toMatchObject({ loading: false, progress: null, cancelled: true })
    expect(agreementStatus(after)).toBe('Agreement cancelled')
    expect(store.get().errors).toEqual([])
  })

  it('shows no figures, but the cancel, when the first computation is cancelled', async () => {
    const { store, commands, pressCancelNextTime } = await agreementWindow()
    pressCancelNextTime()
    await commands.agreement.refresh()
    expect(store.get().agreement).toMatchObject({ overview: null, cancelled: true })
  })

  it('computes in full again when Recompute follows the cancel', async () => {
    const { store, commands, pressCancelNextTime } = await agreementWindow()
    pressCancelNextTime()
    await commands.agreement.refresh()
    await commands.agreement.refresh()
    const state = store.get().agreement
    expect(state).toMatchObject({ loading: false, cancelled: false })
    expect(state.overview?.available).toEqual(['alice', 'bob'])
    expect(agreementStatus(state)).toBe('')
  })
})

describe('the agreement status line', () => {
  it('counts the documents read while the figures are computed', () => {
    const running = { loading: true, progress: { done: 2, total: 3 }, cancelled: false }
    expect(agreementStatus(running)).toBe('Computing agreement… 2 of 3 documents read')
  })

  it('says only that it computes before the host has counted the documents', () => {
    expect(agreementStatus({ loading: true, progress: null, cancelled: false })).toBe(
      'Computing agreement…',
    )
  })
})
