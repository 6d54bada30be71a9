import { beforeEach, describe, expect, it } from 'vitest'

import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { handleAnnotateKey } from '../../../src-renderer/annotate/use-annotate-keys'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, TEXT, type FakeClient } from './fake-client'

const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase)
  return { start, end: start + phrase.length, exact: true }
}

const key = (name: string): KeyboardEvent =>
  ({
    key: name,
    code: '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
  }) as KeyboardEvent

describe('relation commands', () => {
  let fake: FakeClient
  let store: Store<AppState>
  let commands: Commands

  beforeEach(async () => {
    fake = createFakeClient()
    store = createStore(initialAppState)
    commands = createCommands({ store, client: fake.client })
    await commands.session.loadSession()
  })

  /** Labels each phrase as a statistic; returns the span ids in that order. */
  const spansOn = async (...phrases: string[]): Promise<string[]> => {
    for (const phrase of phrases) {
      commands.annotate.setSelection(at(phrase))
      commands.annotate.pressLabelKey('2')
    }
    await commands.savesSettled()
    return phrases.map((phrase) => store.get().doc!.spans.find((s) => s.text === phrase)!.id)
  }

  /** Draws a relation with the commands the mouse uses: R, a click, a type. */
  const link = (from: string, to: string, type: string): void => {
    commands.annotate.selectSpan(from)
    commands.relations.start()
    commands.relations.chooseTarget(to)
    commands.relations.pickType(type)
  }

  const relationRows = () =>
    store.get().doc?.relations.map(({ type, from, to }) => ({ type, from, to }))

  it('R, a click on the other span and a type make the relation, saved as one edit', async () => {
    const [ministry, people] = await spansOn('ministry', '76,000 people')
    commands.annotate.selectSpan(people!)
    expect(handleAnnotateKey(key('r'), commands)).toBe(true)
    commands.relations.chooseTarget(ministry!)
    expect(store.get().linking).toEqual({ from: people, target: ministry, stage: 'type' })
    commands.relations.pickType('made-by')
    await commands.savesSettled()

    expect(relationRows()).toEqual([{ type: 'made-by', from: people, to: ministry }])
    expect(store.get().linking).toBeNull()
    expect(fake.saved.at(-1)).toEqual({
      created: [],
      updated: [],
      deleted: [],
      relations: { created: store.get().doc!.relations, deleted: [] },
    })
  })

  it('the keyboard alone: arrows move to the other span, Enter takes it, a digit picks the type', async () => {
    const [ministry, sharing, people] = await spansOn(
      'ministry',
      'intelligence-sharing',
      '76,000 people',
    )
    commands.annotate.selectSpan(ministry!)
    handleAnnotateKey(key('r'), commands)
    handleAnnotateKey(key('ArrowRight'), commands)
    handleAnnotateKey(key('ArrowRight'), commands)
    expect(store.get().linking?.target).toBe(people)
    handleAnnotateKey(key('ArrowLeft'), commands)
    expect(store.get().linking?.target).toBe(sharing)
    handleAnnotateKey(key('Enter'), commands)
    handleAnnotateKey(key('3'), commands)
    expect(relationRows()).toEqual([{ type: 'quantifies', from: ministry, to: sharing }])
  })

  it('Escape cancels a relation being drawn and makes nothing', async () => {
    const [ministry] = await spansOn('ministry', '76,000 people')
    commands.annotate.selectSpan(ministry!)
    handleAnnotateKey(key('r'), commands)
    handleAnnotateKey(key('ArrowRight'), commands)
    expect(handleAnnotateKey(key('Escape'), commands)).toBe(true)
    expect([store.get().linking, relationRows()]).toEqual([null, []])
  })

  it('undo removes a new relation, redo brings it back', async () => {
    const [ministry, people] = await spansOn('ministry', '76,000 people')
    link(people!, ministry!, 'supports')
    commands.annotate.undo()
    expect(relationRows()).toEqual([])
    commands.annotate.redo()
    expect(relationRows()).toEqual([{ type: 'supports', from: people, to: ministry }])
  })

  it('deleting a span deletes its relations in the same step; undo brings both back', async () => {
    const [ministry, people] = await spansOn('ministry', '76,000 people')
    link(people!, ministry!, 'made-by')
    const made = store.get().doc!.relations
    commands.annotate.deleteSpan(ministry!)
    await commands.savesSettled()
    expect(relationRows()).toEqual([])
    expect(fake.saved.at(-1)?.relations).toEqual({ created: [], deleted: made })

    commands.annotate.undo()
    expect(store.get().doc!.spans.map((span) => span.text)).toEqual(['ministry', '76,000 people'])
    expect(store.get().doc!.relations).toEqual(made)
  })

  it('removes one relation and keeps its spans', async () => {
    const [ministry, people] = await spansOn('ministry', '76,000 people')
    link(people!, ministry!, 'supports')
    commands.relations.remove(store.get().doc!.relations[0]!.id)
    expect([relationRows(), store.get().doc!.spans.length]).toEqual([[], 2])
  })
})
