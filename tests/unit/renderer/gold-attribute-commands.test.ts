import { beforeEach, describe, expect, it } from 'vitest'

import { handleReviewKey } from '../../../src-renderer/review/use-review-keys'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { keyPress } from './key-press'
import { createReviewHost, type ReviewHost } from './review-host'

const goldSpan = (store: Store<AppState>) => {
  const span = store.get().review.doc?.gold.spans[0]
  return span && { attributes: span.attributes, method: span.review?.method }
}

describe('attributes of the selected gold span', () => {
  let host: ReviewHost
  let store: Store<AppState>
  let commands: Commands

  beforeEach(async () => {
    host = createReviewHost()
    store = createStore(initialAppState)
    commands = createCommands({ store, client: host.client })
    await commands.session.loadSession()
    commands.ui.showView('review')
    await commands.review.refresh()
    // Minh's claim into gold, then selected as a reviewer clicks it.
    commands.decide.pressDigit('2')
    commands.review.selectGoldSpan(store.get().review.doc!.gold.spans[0]!.id)
  })

  it('sets a value on the gold span, marked as edited, and saves it to the gold layer', async () => {
    commands.decide.setGoldAttribute('strength', 'firm')

    expect(goldSpan(store)).toEqual({ attributes: { strength: 'firm' }, method: 'edited' })
    await commands.savesSettled()
    expect(host.gold.spans.map((span) => span.attributes)).toEqual([{ strength: 'firm' }])
  })

  it('is one undo step per value', async () => {
    commands.decide.setGoldAttribute('strength', 'firm')
    commands.decide.setGoldAttribute('actor', 'Home Office')
    commands.decide.undo()

    expect(goldSpan(store)).toEqual({ attributes: { strength: 'firm' }, method: 'edited' })
    commands.decide.undo()
    expect(goldSpan(store)).toEqual({ attributes: undefined, method: 'accepted' })
    await commands.savesSettled()
    expect(host.gold.spans.map((span) => span.attributes)).toEqual([undefined])
  })

  it('clearing a value the span does not have changes nothing and adds no undo step', () => {
    const sent = host.sent.length
    commands.decide.setGoldAttribute('strength', undefined)

    expect(goldSpan(store)).toEqual({ attributes: undefined, method: 'accepted' })
    expect(host.sent.length).toBe(sent)
    commands.decide.undo()
    expect(store.get().review.doc?.gold.spans).toEqual([])
  })

  it('A goes to the attribute fields when there are some, and accepts all agreed only when not', () => {
    const press = keyPress({ key: 'a' }) as KeyboardEvent
    expect(
      handleReviewKey(
        press,
        commands,
        () => false,
        () => true,
      ),
    ).toBe(true)
    expect(store.get().review.doc?.gold.spans.map((span) => span.text)).toEqual([
      'will increase intelligence-sharing',
    ])

    expect(
      handleReviewKey(
        press,
        commands,
        () => false,
        () => false,
      ),
    ).toBe(true)
    expect(store.get().review.doc?.gold.spans.map((span) => span.text)).toEqual([
      'will increase intelligence-sharing',
      '76,000 people',
    ])
  })
})
