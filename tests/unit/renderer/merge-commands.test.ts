import { beforeEach, describe, expect, it } from 'vitest'

import type { DocumentListItem, GlossClient, Input } from '../../../src-main/contract/endpoints'
import type { MergeLayer, MergeSummary } from '../../../src-main/core/project/merge-summary'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, DOC_ID } from './fake-client'

const ADDED: DocumentListItem = {
  id: 'fedcba9876543210',
  title: 'Library',
  length: 40,
  status: 'todo',
  spanCount: 0,
  added: '2026-01-01T00:00:00.000Z',
  labelCounts: [],
  unresolvedComments: 0,
}

const layer = (as: string): MergeLayer => ({
  name: as,
  as,
  state: 'new',
  filesAdded: 1,
  filesAlreadyHere: 0,
  filesDiffering: 0,
  documents: 1,
  spans: 2,
})

const summaryWith = (layers: MergeLayer[], applied: boolean): MergeSummary => ({
  from: '/shared/colleague',
  fromName: 'colleague',
  applied,
  layers,
  documentsAdded: [{ id: ADDED.id, title: ADDED.title }],
  refused: [],
  unknownLabels: [],
})

describe('merge commands', () => {
  let store: Store<AppState>
  let commands: Commands
  let sent: Input<'mergeProject'>[]
  let layers: MergeLayer[]
  let merged: boolean
  let picked: Input<'pickProjectFolder'>[]

  beforeEach(async () => {
    sent = []
    picked = []
    layers = [layer('bob')]
    merged = false
    const base = createFakeClient().client
    const client = {
      ...base,
      mergeProject: async (input: Input<'mergeProject'>) => {
        sent.push(input)
        merged ||= input.apply
        return { ok: true, value: summaryWith(layers, input.apply) }
      },
      pickProjectFolder: async (input: Input<'pickProjectFolder'>) => {
        picked.push(input)
        return { ok: true, value: { path: '/media/usb/colleague' } }
      },
      // After the merge the host lists the document that came in.
      listDocuments: async (input: Input<'listDocuments'>) => {
        const listed = await base.listDocuments(input)
        return listed.ok && merged ? { ok: true, value: [...listed.value, ADDED] } : listed
      },
    } as unknown as GlossClient
    store = createStore(initialAppState)
    commands = createCommands({ store, client })
    await commands.session.loadSession()
  })

  it('asks the native dialog for a folder to merge', async () => {
    expect(await commands.merges.pickMergeFolder()).toBe('/media/usb/colleague')
    expect(picked).toEqual([{ purpose: 'merge' }])
  })

  it('plans without writing and leaves the dialog and the list as they are', async () => {
    store.update((state) => ({ ...state, dialog: { kind: 'merge' } }))

    const plan = await commands.merges.planMerge('/shared/colleague', { bob: 'bob-2' })

    expect(sent).toEqual([{ path: '/shared/colleague', renames: { bob: 'bob-2' }, apply: false }])
    expect(plan).toEqual(summaryWith(layers, false))
    expect(store.get().dialog).toEqual({ kind: 'merge' })
    expect(store.get().documents.map((item) => item.id)).toEqual([DOC_ID])
  })

  it('merges, shows the summary and lists the new document', async () => {
    expect(await commands.merges.merge('/shared/colleague', {})).toBe(true)

    expect(sent).toEqual([{ path: '/shared/colleague', renames: {}, apply: true }])
    expect(store.get().dialog).toEqual({
      kind: 'merge-summary',
      summary: summaryWith(layers, true),
    })
    expect(store.get().documents.map((item) => item.id)).toEqual([DOC_ID, ADDED.id])
  })

  it('drops the undo steps only when the merge added files to my own layer', async () => {
    const steps = { [DOC_ID]: { undo: [{ created: [], updated: [], deleted: [] }], redo: [] } }
    store.update((state) => ({ ...state, histories: steps }))

    await commands.merges.merge('/shared/colleague', {})
    expect(store.get().histories).toEqual(steps)

    layers = [layer('bob'), layer('lan')]
    await commands.merges.merge('/shared/colleague', {})
    expect(store.get().histories).toEqual({})
  })
})
