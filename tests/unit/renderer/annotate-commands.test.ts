import { beforeEach, describe, expect, it } from 'vitest'

import type { Span } from '../../../src-main/core/spans/span'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, TEXT, type FakeClient } from './fake-client'

const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase)
  return { start, end: start + phrase.length }
}

const spanTexts = (store: Store<AppState>) =>
  store.get().doc?.spans.map((span) => `${span.label}:${span.text}`)

describe('annotate commands', () => {
  let fake: FakeClient
  let store: Store<AppState>
  let commands: Commands

  beforeEach(async () => {
    fake = createFakeClient()
    store = createStore(initialAppState)
    commands = createCommands({ store, client: fake.client })
    await commands.session.loadSession()
  })

  const label = async (phrase: string, key: string, exact = false) => {
    commands.annotate.setSelection({ ...at(phrase), exact })
    expect(commands.annotate.pressLabelKey(key)).toBe(true)
    await commands.savesSettled()
  }

  it('opening a document shows its spans and saves nothing', () => {
    expect(store.get().doc?.entry.title).toBe('Ministry')
    expect(fake.saved).toEqual([])
    expect(store.get().save).toEqual({ kind: 'idle' })
  })

  it('a label key turns the selection into a span at once, then saves it', async () => {
    commands.annotate.setSelection({ ...at('increase intelligence-sharing'), exact: false })
    commands.annotate.pressLabelKey('1')

    expect(spanTexts(store)).toEqual(['commitment:increase intelligence-sharing'])
    expect(store.get().save).toEqual({ kind: 'saving' })
    await commands.savesSettled()
    expect(store.get().save).toEqual({ kind: 'saved' })
    expect(fake.saved.map((changes) => changes.created.map((span) => span.text))).toEqual([
      ['increase intelligence-sharing'],
    ])
    expect(store.get().documents[0]).toMatchObject({ spanCount: 1, status: 'in-progress' })
  })

  it('snaps a selection to whole words unless it is exact', async () => {
    await label('ncrease intelligence-shar', '1')
    await label('76,0', '2', true)
    expect(spanTexts(store)).toEqual(['commitment:increase intelligence-sharing', 'statistic:76,0'])
  })

  it('labelling the same range with the same label again changes nothing', async () => {
    await label('76,000 people', '2')
    await label('76,000 people', '2')
    expect(spanTexts(store)).toEqual(['statistic:76,000 people'])
    expect(fake.saved).toHaveLength(1)
  })

  it('undo saves the inverse change set; redo saves the edit again', async () => {
    await label('76,000 people', '2')
    const created = fake.saved[0]!.created[0] as Span

    commands.annotate.undo()
    await commands.savesSettled()
    expect(spanTexts(store)).toEqual([])
    expect(fake.saved[1]).toEqual({ created: [], updated: [], deleted: [created] })

    commands.annotate.redo()
    await commands.savesSettled()
    expect(spanTexts(store)).toEqual(['statistic:76,000 people'])
    expect(fake.saved[2]).toEqual({ created: [created], updated: [], deleted: [] })
  })

  it('undoes a relabel back to the old label, and a new edit clears the redo stack', async () => {
    await label('76,000 people', '2')
    commands.annotate.pressLabelKey('3')
    await commands.savesSettled()
    expect(spanTexts(store)).toEqual(['claim:76,000 people'])

    commands.annotate.undo()
    expect(spanTexts(store)).toEqual(['statistic:76,000 people'])
    await label('ministry', '1')
    commands.annotate.redo()
    await commands.savesSettled()
    expect(spanTexts(store)).toEqual(['commitment:ministry', 'statistic:76,000 people'])
    expect(fake.saved).toHaveLength(4)
  })

  it('with nothing to undo, undo does nothing and saves nothing', async () => {
    commands.annotate.undo()
    commands.annotate.redo()
    await commands.savesSettled()
    expect(fake.saved).toEqual([])
  })

  it('a failed save says why and keeps the edit; retry saves it', async () => {
    fake.failSaves = 'The disk is full.'
    await label('76,000 people', '2')
    expect(store.get().save).toEqual({
      kind: 'failed',
      message: 'The disk is full. Free some space.',
    })
    expect(spanTexts(store)).toEqual(['statistic:76,000 people'])

    fake.failSaves = null
    commands.annotate.retrySave()
    await commands.savesSettled()
    expect(store.get().save).toEqual({ kind: 'saved' })
    expect(fake.saved.map((changes) => changes.created[0]?.text)).toEqual(['76,000 people'])
  })

  it('a note is saved trimmed, and an emptied note is removed', async () => {
    await label('ministry', '1')
    const id = store.get().selectedSpanId!

    commands.annotate.setNote(id, '  the minister  ')
    commands.annotate.setNote(id, '')
    await commands.savesSettled()

    expect(fake.saved[1]?.updated[0]?.new.note).toBe('the minister')
    expect(fake.saved[2]?.updated[0]?.new.note).toBeUndefined()
    expect(store.get().doc?.spans[0]?.note).toBeUndefined()
  })

  it('Delete removes the selected span, and undo brings it back', async () => {
    await label('ministry', '1')

    expect(commands.annotate.deleteSelected()).toBe(true)
    expect(spanTexts(store)).toEqual([])
    expect(store.get().selectedSpanId).toBeNull()
    commands.annotate.undo()
    await commands.savesSettled()
    expect(spanTexts(store)).toEqual(['commitment:ministry'])
  })

  it('a key with no label, or with nothing selected, is not handled', () => {
    commands.annotate.setSelection({ ...at('ministry'), exact: false })
    expect(commands.annotate.pressLabelKey('9')).toBe(false)
    commands.annotate.setSelection(null)
    expect(commands.annotate.pressLabelKey('1')).toBe(false)
  })
})
