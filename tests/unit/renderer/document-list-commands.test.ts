import { describe, expect, it } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { shownDocuments } from '../../../src-renderer/state/shown-documents'
import { ok, openedProject, setup } from '../../integration/services/support/project-fixture'
import { clientOver } from '../../support/handlers-client'

// Imported in this order; by title they run Budget, Ferries, Ministry.
const ARTICLES = [
  ['ministry.txt', 'Ministry pledges data sharing\n\nThe ministry will increase sharing.\n'],
  ['budget.txt', 'Budget vote delayed\n\nAbout 76,000 people were counted.\n'],
  ['ferries.txt', 'Ferries return to the harbour\n\nThe ferries will run hourly.\n'],
] as const

interface Window {
  readonly store: Store<AppState>
  readonly commands: Commands
}

async function openWindow(handlers: Handlers): Promise<Window> {
  const store = createStore(initialAppState)
  const commands = createCommands({ store, client: clientOver(handlers) })
  await commands.session.loadSession()
  return { store, commands }
}

async function project() {
  const where = await setup()
  const handlers = await openedProject(where, 'lan')
  await ok(handlers, 'importUploads', {
    files: ARTICLES.map(([name, text]) => ({
      name,
      base64: Buffer.from(text).toString('base64'),
    })),
  })
  return { where, handlers }
}

const shownTitles = (window: Window) => shownDocuments(window.store.get()).map((item) => item.title)
const openTitle = (window: Window) => window.store.get().doc?.entry.title

async function label(window: Window, phrase: string, key: string): Promise<void> {
  const text = window.store.get().doc?.text ?? ''
  const start = text.indexOf(phrase)
  window.commands.annotate.setSelection({ start, end: start + phrase.length, exact: false })
  window.commands.annotate.pressLabelKey(key)
  await window.commands.savesSettled()
}

describe('the document list in the window', () => {
  it('J steps through the list in the order it is sorted', async () => {
    const { handlers } = await project()
    const window = await openWindow(handlers)
    window.commands.documentList.setSort({ key: 'title', ascending: false })
    expect(shownTitles(window)).toEqual([
      'Ministry pledges data sharing',
      'Ferries return to the harbour',
      'Budget vote delayed',
    ])

    await window.commands.documents.stepDocument(1)

    expect(openTitle(window)).toBe('Ferries return to the harbour')
  })

  it('a span tagged in the open document puts it under its label at once, and undo takes it out', async () => {
    const { handlers } = await project()
    const window = await openWindow(handlers)
    window.commands.documentList.setLabelFilter('commitment')
    expect(shownTitles(window)).toEqual([])

    await label(window, 'will increase sharing', '1')
    expect(shownTitles(window)).toEqual(['Ministry pledges data sharing'])

    window.commands.annotate.undo()
    await window.commands.savesSettled()
    expect(shownTitles(window)).toEqual([])
  })

  it('a label filter the project does not have shows every document', async () => {
    const { handlers } = await project()
    const window = await openWindow(handlers)
    window.commands.documentList.setLabelFilter('quote')
    expect(shownTitles(window)).toHaveLength(3)
  })

  it('a rename shows the new title in the list and the open document at once', async () => {
    const { handlers } = await project()
    const window = await openWindow(handlers)
    const docId = window.store.get().doc?.entry.id ?? ''
    window.commands.documentList.startRename()
    expect(window.store.get().listView.renamingId).toBe(docId)

    expect(await window.commands.documentList.rename(docId, 'Ministry shares river data')).toBe(
      true,
    )

    expect(openTitle(window)).toBe('Ministry shares river data')
    expect(window.store.get().documents[0]?.title).toBe('Ministry shares river data')
    expect(window.store.get().listView).toMatchObject({ renamingId: null, renameError: null })
  })

  it('a title the host refuses stays in the field with the reason', async () => {
    const { handlers } = await project()
    const window = await openWindow(handlers)
    const docId = window.store.get().doc?.entry.id ?? ''
    window.commands.documentList.startRename()

    expect(await window.commands.documentList.rename(docId, '\n')).toBe(false)

    expect(window.store.get().listView).toMatchObject({
      renamingId: docId,
      renameError: 'Invalid input for renameDocument at title: A title cannot be empty.',
    })
    expect(openTitle(window)).toBe('Ministry pledges data sharing')
  })

  it("a colleague's rename reaches the list and the open document's header through the disk watch", async () => {
    const { where, handlers } = await project()
    const mine = await openWindow(handlers)
    await mine.commands.disk.poll()
    // Another person's Gloss on the same folder (a window of this host is this session).
    const other = await openWindow(await openedProject(where, 'bob'))
    const docId = mine.store.get().doc?.entry.id ?? ''

    await other.commands.documentList.rename(docId, 'Ministry shares river data')

    await expect
      .poll(async () => {
        await mine.commands.disk.poll()
        return openTitle(mine)
      })
      .toBe('Ministry shares river data')
    expect(mine.store.get().documents[0]?.title).toBe('Ministry shares river data')
  })
})
