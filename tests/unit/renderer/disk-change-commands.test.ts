import { beforeEach, describe, expect, it } from 'vitest'

import type { DiskChange } from '../../../src-main/contract/disk-changes'
import type { Relation } from '../../../src-main/core/relations/relation'
import type { Span } from '../../../src-main/core/spans/span'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createDiskHost, type DiskHost } from './disk-host'
import { DOC_ID, SESSION, TEXT } from './fake-client'
import { phraseSpan } from '../../support/phrase-span'

const spanOn = (phrase: string, label: string, id: string): Span =>
  phraseSpan(TEXT, phrase, label, id, '2026-02-01T09:00:00.000Z')

const FROM_SYNC = spanOn('76,000 people', 'statistic', 'from-sync')
const FROM_LAPTOP = spanOn('ministry', 'commitment', 'from-laptop')
const QUANTIFIES: Relation = {
  id: 'r1',
  type: 'quantifies',
  from: 'from-sync',
  to: 'from-laptop',
  createdAt: '2026-02-01T09:05:00.000Z',
}
const mine = (docId = DOC_ID): DiskChange => ({ kind: 'annotations', annotator: 'lan', docId })

const spanTexts = (store: Store<AppState>) =>
  store.get().doc?.spans.map((span) => `${span.label}:${span.text}`)

describe('changes others make on disk', () => {
  let host: DiskHost
  let store: Store<AppState>
  let commands: Commands

  beforeEach(async () => {
    host = createDiskHost()
    store = createStore(initialAppState)
    commands = createCommands({ store, client: host.client })
    await commands.disk.poll()
    await commands.session.loadSession()
  })

  /** Labels a phrase as the analyst does; the save is queued, not awaited. */
  const label = (phrase: string, key: string): void => {
    const start = TEXT.indexOf(phrase)
    commands.annotate.setSelection({ start, end: start + phrase.length, exact: false })
    commands.annotate.pressLabelKey(key)
  }

  it('starts from where the log is, then asks only for what came after', async () => {
    await commands.disk.poll()
    host.announce({ kind: 'index' })
    await commands.disk.poll()
    await commands.disk.poll()

    expect(host.calls.since).toEqual([
      null,
      { log: 'log-1', seq: 0 },
      { log: 'log-1', seq: 0 },
      { log: 'log-1', seq: 1 },
    ])
  })

  it('refreshes the document list when the index changed', async () => {
    host.documents = [
      ...host.documents,
      {
        id: 'fedcba9876543210',
        title: 'Imported',
        length: 9,
        status: 'todo',
        spanCount: 0,
        added: '2026-01-01T00:00:00.000Z',
        labelCounts: [],
        unresolvedComments: 0,
      },
    ]
    host.announce({ kind: 'index' })
    await commands.disk.poll()

    expect(store.get().documents.map((item) => item.title)).toEqual(['Ministry', 'Imported'])
  })

  it('shows the open document as on disk when its file changed and every edit is saved', async () => {
    host.spans = [FROM_SYNC]
    host.announce(mine())
    await commands.disk.poll()

    expect(spanTexts(store)).toEqual(['statistic:76,000 people'])
    expect(store.get().documents[0]?.spanCount).toBe(1)
    expect(store.get().changedOnDisk).toBeNull()
  })

  it('keeps an edit whose save is still running, and says the file changed', async () => {
    const saving = host.holdSaves()
    label('ministry', '1')
    host.spans = [FROM_SYNC]
    host.announce(mine())
    await commands.disk.poll()

    expect(spanTexts(store)).toEqual(['commitment:ministry'])
    expect(store.get().changedOnDisk).toBe(DOC_ID)
    expect(host.calls.getDocument).toBe(1)
    saving.open()
    await commands.savesSettled()
    expect(host.spans.map((span) => span.text)).toEqual(['ministry', '76,000 people'])
  })

  it('keeps an edit whose save failed, and Reload does not throw it away', async () => {
    host.failSaves = 'The disk is full.'
    label('ministry', '1')
    await commands.savesSettled()
    host.spans = [FROM_SYNC]
    host.announce(mine())
    await commands.disk.poll()
    await commands.disk.reloadDocument()

    expect(spanTexts(store)).toEqual(['commitment:ministry'])
    expect(store.get().changedOnDisk).toBe(DOC_ID)
    expect(store.get().save).toEqual({ kind: 'failed', message: 'The disk is full.' })
  })

  it('keeps an edit made while the changed file was being read', async () => {
    host.spans = [FROM_SYNC]
    host.announce(mine())
    const reading = host.holdNextRead()
    const polled = commands.disk.poll()
    await reading.reached
    label('ministry', '1')
    reading.open()
    await polled

    expect(spanTexts(store)).toEqual(['commitment:ministry'])
    expect(store.get().changedOnDisk).toBe(DOC_ID)
  })

  it('Reload, once the edits are saved, shows the file with them and the synced span', async () => {
    const saving = host.holdSaves()
    label('ministry', '1')
    host.spans = [FROM_SYNC]
    host.announce(mine())
    await commands.disk.poll()
    saving.open()
    await commands.disk.reloadDocument()

    expect(spanTexts(store)).toEqual(['commitment:ministry', 'statistic:76,000 people'])
    expect(store.get().changedOnDisk).toBeNull()
  })

  it("leaves the document and list alone when only a colleague's layer changed", async () => {
    const bob: DiskChange = { kind: 'annotations', annotator: 'bob', docId: DOC_ID }
    host.spans = [FROM_SYNC]
    host.announce(bob)
    await commands.disk.poll()

    expect([host.calls.listDocuments, host.calls.getDocument]).toEqual([1, 1])
    expect(spanTexts(store)).toEqual([])
    expect(store.get().disk).toEqual({ seq: 1, changes: [bob], everything: false })
  })

  it('updates the labels when gloss.json changed', async () => {
    const labels = SESSION.project!.labels.map((l) => ({ ...l, name: `${l.name} (team)` }))
    host.project = { ...SESSION.project!, labels }
    host.announce({ kind: 'project' })
    await commands.disk.poll()

    expect(store.get().session?.project?.labels).toEqual(labels)
  })

  it('refetches everything when the host cannot say what changed', async () => {
    host.spans = [FROM_SYNC]
    host.announceReset()
    await commands.disk.poll()

    expect([host.calls.listDocuments, host.calls.getDocument]).toEqual([2, 2])
    expect(spanTexts(store)).toEqual(['statistic:76,000 people'])
    expect(store.get().disk).toEqual({ seq: 1, changes: [], everything: true })
  })

  it('shows the error of a file that cannot be read once, not for the list and document each', async () => {
    host.unreadable = 'Gloss cannot read 0123456789abcdef.json: it has merge conflict markers.'
    host.announce(mine())
    await commands.disk.poll()

    expect(store.get().errors.map((shown) => shown.error.message)).toEqual([host.unreadable])
    expect(spanTexts(store)).toEqual([])
  })

  it('changes nothing when a poll brings no news', async () => {
    const before = store.get()
    await commands.disk.poll()

    expect(store.get()).toBe(before)
  })
  it('shows a relation another program added to the open document, no span changed', async () => {
    host.spans = [FROM_SYNC, FROM_LAPTOP]
    host.announce(mine())
    await commands.disk.poll()
    host.relations = [QUANTIFIES]
    host.announce(mine())
    await commands.disk.poll()

    expect(store.get().doc?.relations).toEqual([QUANTIFIES])
    expect(store.get().changedOnDisk).toBeNull()
  })

  it('drops a relation another program removed from the open document', async () => {
    host.spans = [FROM_SYNC, FROM_LAPTOP]
    host.relations = [QUANTIFIES]
    host.announce(mine())
    await commands.disk.poll()
    host.relations = []
    host.announce(mine())
    await commands.disk.poll()

    expect(store.get().doc?.relations).toEqual([])
  })

  it('shows document labels another program set, in the view and the list', async () => {
    host.docLabels = { topic: 'migration' }
    host.announce(mine())
    await commands.disk.poll()

    expect(store.get().doc?.docLabels).toEqual({ topic: 'migration' })
    expect(store.get().documents[0]?.docLabels).toEqual({ topic: 'migration' })
  })

  it('keeps the selected span and the undo steps when only relations changed on disk', async () => {
    label('76,000 people', '2')
    label('ministry', '1')
    await commands.savesSettled()
    const [first, second] = host.spans.map((span) => span.id)
    const selected = store.get().selectedSpanId
    host.relations = [{ ...QUANTIFIES, from: first!, to: second! }]
    host.announce(mine())
    await commands.disk.poll()

    expect(store.get().doc?.relations).toEqual(host.relations)
    expect(selected).not.toBeNull()
    expect(store.get().selectedSpanId).toBe(selected)
    expect(store.get().histories[DOC_ID]?.undo).toHaveLength(2)
  })
})
