import { beforeEach, describe, expect, it } from 'vitest'

import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { relationComparisons } from '../../../src-renderer/state/review-relations'
import { createReviewHost, spanOn, type ReviewHost } from './review-host'

const STAMP = '2026-01-01T00:00:00.000Z'

/** Both annotators tagged the pledge and the figure and said the figure supports the pledge. */
function agreedLayers(host: ReviewHost): void {
  host.layers = ['lan', 'minh'].map((annotator) => {
    const pledge = spanOn(annotator, 'will increase intelligence-sharing', 'commitment')
    const figure = spanOn(annotator, '76,000 people', 'statistic')
    const relation = {
      id: `${annotator}-r`,
      type: 'supports',
      from: figure.id,
      to: pledge.id,
      createdAt: STAMP,
    }
    return { annotator, spans: [pledge, figure], relations: [relation] }
  })
}

const goldRelations = (store: Store<AppState>) =>
  store.get().review.doc?.gold.relations?.map((relation) => {
    const spans = store.get().review.doc?.gold.spans ?? []
    const text = (id: string) => spans.find((span) => span.id === id)?.text
    return `${text(relation.from)} ${relation.type} ${text(relation.to)}`
  })

describe('relation review commands', () => {
  let host: ReviewHost
  let store: Store<AppState>
  let commands: Commands

  beforeEach(async () => {
    host = createReviewHost()
    agreedLayers(host)
    store = createStore(initialAppState)
    commands = createCommands({ store, client: host.client })
    await commands.session.loadSession()
    commands.ui.showView('review')
    await commands.review.refresh()
  })

  const theRelation = () => relationComparisons(store.get().review.doc!)[0]!

  it('accepting a relation whose ends are not in gold does nothing', () => {
    expect(commands.decide.acceptRelation(theRelation().key)).toBe(false)
    expect(goldRelations(store)).toBeUndefined()
  })

  it('"accept all agreed" puts the spans and the relation between them in gold and saves it', async () => {
    commands.decide.acceptAllAgreed()

    expect(goldRelations(store)).toEqual([
      '76,000 people supports will increase intelligence-sharing',
    ])
    await commands.savesSettled()
    expect(host.gold.relations?.map((relation) => relation.type)).toEqual(['supports'])
  })

  it('undo of "accept all agreed" takes the relation out with the spans', async () => {
    commands.decide.acceptAllAgreed()
    commands.decide.undo()

    expect(goldRelations(store)).toEqual([])
    await commands.savesSettled()
    expect(host.gold.relations).toEqual([])
  })

  it('accepts one relation once both ends are in gold, as its own undo step', () => {
    commands.decide.acceptAllAgreed()
    commands.decide.undo()
    const doc = store.get().review.doc!
    for (const group of doc.groups) {
      commands.review.selectGroup(group.id, true)
      commands.decide.acceptVersionOf(0)
    }

    expect(commands.decide.acceptRelation(theRelation().key)).toBe(true)
    expect(goldRelations(store)).toEqual([
      '76,000 people supports will increase intelligence-sharing',
    ])
    commands.decide.undo()
    expect(goldRelations(store)).toEqual([])
  })

  it('taking a gold span out takes its gold relation out in the same step', () => {
    commands.decide.acceptAllAgreed()
    const figure = store.get().review.doc!.gold.spans.find((span) => span.text === '76,000 people')!
    commands.review.selectGoldSpan(figure.id)
    commands.decide.deleteOrReject()

    expect(goldRelations(store)).toEqual([])
  })
})
