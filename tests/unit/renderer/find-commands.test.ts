import { beforeEach, describe, expect, it } from 'vitest'

import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, type FakeClient } from './fake-client'

// "visa" 12 times: more than a handful, so tagging them all asks first.
const TEXT = Array.from({ length: 12 }, (_, i) => `Visa case ${i + 1}.`).join(' ')

const spanTexts = (store: Store<AppState>) =>
  store.get().doc?.spans.map((span) => `${span.label}:${span.start}-${span.end}`)

describe('find commands', () => {
  let fake: FakeClient
  let store: Store<AppState>
  let commands: Commands

  beforeEach(async () => {
    fake = createFakeClient(TEXT)
    store = createStore(initialAppState)
    commands = createCommands({ store, client: fake.client })
    await commands.session.loadSession()
    commands.find.open()
  })

  const revealed = () => store.get().revealAt

  it('a query makes the first match current and brings it into view', () => {
    commands.find.setQuery('case 3')
    expect(store.get().find.current).toBe(0)
    expect(revealed()).toEqual({ start: 31, end: 37 })
  })

  it('next and previous wrap round at either end', () => {
    commands.find.setQuery('visa')
    commands.find.step(-1)
    expect(store.get().find.current).toBe(11)
    expect(revealed()).toEqual({
      start: TEXT.lastIndexOf('Visa'),
      end: TEXT.lastIndexOf('Visa') + 4,
    })
    commands.find.step(1)
    expect(store.get().find.current).toBe(0)
    expect(revealed()).toEqual({ start: 0, end: 4 })
  })

  it('opening the bar over a selection searches for the selected words from there', () => {
    commands.find.close()
    const start = TEXT.indexOf('case 2')
    commands.annotate.setSelection({ start: start + 1, end: start + 4, exact: false })
    commands.find.open()
    expect(store.get().find.query).toBe('case')
    expect(store.get().find.current).toBe(1)
  })

  it('tagging up to ten matches needs no question: one change set, one save, one undo step', async () => {
    commands.find.setQuery('case 1')
    // "case 1", "case 10", "case 11", "case 12": four matches.
    commands.find.tagAll('claim')
    await commands.savesSettled()

    expect(spanTexts(store)).toHaveLength(4)
    expect(fake.saved).toHaveLength(1)
    expect(fake.saved[0]?.created.map((span) => span.text)).toEqual([
      'case 1',
      'case 1',
      'case 1',
      'case 1',
    ])
    expect(store.get().histories[store.get().doc!.entry.id]?.undo).toHaveLength(1)
    expect(store.get().find.notice).toBe('Tagged 4 matches as Claim.')
  })

  it('tagging more than ten matches asks first and tags nothing until confirmed', async () => {
    commands.find.setQuery('visa')
    commands.find.tagAll('statistic')
    expect(store.get().find.question).toEqual({ labelId: 'statistic', count: 12, skipped: 0 })
    expect(spanTexts(store)).toEqual([])

    commands.find.confirmTagAll()
    await commands.savesSettled()
    expect(spanTexts(store)).toHaveLength(12)
    expect(fake.saved).toHaveLength(1)
    expect(store.get().find.question).toBeNull()
  })

  it('a cancelled question tags nothing', () => {
    commands.find.setQuery('visa')
    commands.find.tagAll('statistic')
    commands.find.cancelTagAll()
    expect(store.get().find.question).toBeNull()
    expect(spanTexts(store)).toEqual([])
    expect(fake.saved).toEqual([])
  })

  it('one undo removes every span tagging all made, saved as one change set', async () => {
    commands.find.setQuery('visa')
    commands.find.tagAll('statistic')
    commands.find.confirmTagAll()
    await commands.savesSettled()

    commands.annotate.undo()
    await commands.savesSettled()
    expect(spanTexts(store)).toEqual([])
    expect(fake.saved).toHaveLength(2)
    expect(fake.saved[1]?.deleted).toEqual(fake.saved[0]?.created)
  })

  it('matches a span of the label already covers are skipped, and the bar says so', async () => {
    const start = TEXT.indexOf('case 2')
    commands.annotate.setSelection({ start, end: start + 4, exact: true })
    commands.annotate.pressLabelKey('3')
    commands.find.setQuery('case 2')
    commands.find.tagAll('claim')
    await commands.savesSettled()
    expect(store.get().find.notice).toBe('Tagged 1 match as Claim.')
    commands.find.tagAll('claim')
    await commands.savesSettled()
    expect(store.get().find.notice).toBe('The match is already tagged as Claim.')
    expect(fake.saved).toHaveLength(2)

    commands.find.setQuery('case')
    commands.find.tagAll('claim')
    expect(store.get().find.question).toEqual({ labelId: 'claim', count: 11, skipped: 1 })
    commands.find.confirmTagAll()
    await commands.savesSettled()
    expect(spanTexts(store)).toHaveLength(13)
    expect(store.get().find.notice).toBe('Tagged 11 matches as Claim; 1 was already.')
  })

  it('opening a document drops the question asked about the one before', async () => {
    commands.find.setQuery('visa')
    commands.find.tagAll('statistic')
    await commands.documents.openDocument(store.get().doc!.entry.id)
    expect(store.get().find.question).toBeNull()
    commands.find.confirmTagAll()
    expect(spanTexts(store)).toEqual([])
  })

  it('closing the bar keeps the query for next time and paints nothing', () => {
    commands.find.setQuery('visa')
    expect(commands.find.close()).toBe(true)
    expect(store.get().find).toMatchObject({ open: false, query: 'visa' })
    expect(commands.find.close()).toBe(false)
  })
})
