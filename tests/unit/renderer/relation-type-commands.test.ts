import { describe, expect, it } from 'vitest'

import type { GlossClient, Input } from '../../../src-main/contract/endpoints'
import type { RelationType } from '../../../src-main/core/relations/relation'
import { DEFAULT_RELATION_TYPES } from '../../../src-main/core/relations/relation-types'
import type { Result } from '../../../src-main/core/result'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands } from '../../../src-renderer/state/commands'
import { createStore } from '../../../src-renderer/state/create-store'
import { createFakeClient, SESSION, TEXT } from './fake-client'

const CONTRADICTS: RelationType = { id: 'contradicts', name: 'contradicts' }
const REFUSAL = {
  code: 'invalid-input' as const,
  message: 'Two relation types are named "Supports" and "supports".',
  hint: 'Give each relation type its own name, then save again.',
}

/** A host whose updateProject records its input and answers like the service (or refuses). */
function settingsHost(refuse = false) {
  const fake = createFakeClient()
  const requests: Input<'updateProject'>[] = []
  const client = {
    ...fake.client,
    updateProject: async (input: Input<'updateProject'>): Promise<Result<unknown>> => {
      requests.push(input)
      if (refuse) return { ok: false, error: REFUSAL }
      return { ok: true, value: { ...SESSION.project, relationTypes: input.relationTypes } }
    },
  } as unknown as GlossClient
  const store = createStore<AppState>(initialAppState)
  return { fake, store, requests, commands: createCommands({ store, client }) }
}

const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase)
  return { start, end: start + phrase.length, exact: true }
}

describe('saving relation types from Settings', () => {
  it('sends the whole list and makes it the project’s at once', async () => {
    const { store, requests, commands } = settingsHost()
    await commands.session.loadSession()
    const next = [...DEFAULT_RELATION_TYPES, CONTRADICTS]
    expect(await commands.settings.saveRelationTypes(next)).toBe(true)
    expect(requests).toEqual([{ relationTypes: next }])
    expect(store.get().session?.project?.relationTypes).toEqual(next)
  })

  it('lets the next relation be given the new type by its number, without a reload', async () => {
    const { fake, commands } = settingsHost()
    await commands.session.loadSession()
    await commands.documents.openDocument('0123456789abcdef')
    await commands.settings.saveRelationTypes([...DEFAULT_RELATION_TYPES, CONTRADICTS])
    for (const phrase of ['ministry', '76,000 people']) {
      commands.annotate.setSelection(at(phrase))
      commands.annotate.pressLabelKey('2')
    }
    await commands.savesSettled()
    const [ministry, people] = fake.saved.map((edit) => edit.created[0]!.id)
    commands.annotate.selectSpan(people!)
    commands.relations.start()
    commands.relations.chooseTarget(ministry!)
    expect(commands.relations.pickNth(4)).toBe(true)
    await commands.savesSettled()
    expect(
      fake.saved.at(-1)?.relations?.created.map(({ type, from, to }) => ({ type, from, to })),
    ).toEqual([{ type: 'contradicts', from: people, to: ministry }])
  })

  it('keeps the types it had and shows the reason when the save is refused', async () => {
    const { store, commands } = settingsHost(true)
    await commands.session.loadSession()
    const clash = [...DEFAULT_RELATION_TYPES, { id: 'supports-2', name: 'Supports' }]
    expect(await commands.settings.saveRelationTypes(clash)).toBe(false)
    expect(store.get().session?.project?.relationTypes).toBeUndefined()
    expect(store.get().errors.map((shown) => shown.error)).toEqual([REFUSAL])
  })
})
