import { beforeEach, describe, expect, it, vi } from 'vitest'

import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { TEXT } from './fake-client'
import { createReviewHost, type ReviewHost } from './review-host'

/** The current group as the card shows it: kind and the text it covers. */
const current = (store: Store<AppState>) => {
  const { doc, groupId } = store.get().review
  const group = doc?.groups.find((candidate) => candidate.id === groupId)
  return group && `${group.kind}: ${TEXT.slice(group.start, group.end)}`
}

const goldTexts = (store: Store<AppState>) =>
  store.get().review.doc?.gold.spans.map((span) => `${span.label}:${span.text}`)

describe('review commands', () => {
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
  })

  it('opens the document at its first open disagreement', () => {
    expect(store.get().review.annotators).toEqual(['lan', 'minh'])
    expect(current(store)).toBe('label: will increase intelligence-sharing')
  })

  it('a number accepts that annotator’s version, saves it, and moves on to the next open disagreement', async () => {
    expect(commands.decide.pressDigit('2')).toBe(true)

    expect(goldTexts(store)).toEqual(['claim:will increase intelligence-sharing'])
    expect(current(store)).toBe('missing: crossed')
    await commands.savesSettled()
    expect(
      host.sent.map((input) => input.edit.decisions.map((d) => `${d.key} ${d.new?.verdict}`)),
    ).toEqual([['13:47:commitment rejected', '13:47:claim accepted']])
    expect(host.gold.spans.map((span) => span.text)).toEqual(['will increase intelligence-sharing'])
  })

  it('a number with text selected puts that stretch into gold with the label of that key', async () => {
    const start = TEXT.indexOf('About 76,000')
    commands.annotate.setSelection({ start, end: start + 'About'.length, exact: false })

    expect(commands.decide.pressDigit('3')).toBe(true)

    expect(goldTexts(store)).toEqual(['claim:About'])
    expect(store.get().review.goldSpanId).toBe(store.get().review.doc?.gold.spans[0]?.id)
    expect(store.get().selection).toBeNull()
  })

  it('N goes round the open disagreements and P back', () => {
    commands.review.stepGroup(1)
    expect(current(store)).toBe('missing: crossed')
    commands.review.stepGroup(1)
    expect(current(store)).toBe('label: will increase intelligence-sharing')
    commands.review.stepGroup(-1)
    expect(current(store)).toBe('missing: crossed')
  })

  it('undo sends the inverse of the last decision and redo sends it again', async () => {
    commands.decide.pressDigit('1')
    await commands.savesSettled()
    commands.decide.undo()
    await commands.savesSettled()
    expect(host.gold).toEqual({ spans: [], decisions: [] })
    expect(goldTexts(store)).toEqual([])

    commands.decide.redo()
    await commands.savesSettled()
    expect(host.gold.spans.map((span) => `${span.label}:${span.text}`)).toEqual([
      'commitment:will increase intelligence-sharing',
    ])
  })

  it('keeps a decision whose save failed on screen, says so, and sends it again on retry', async () => {
    host.failSaves = 'The disk is full.'
    commands.decide.pressDigit('2')
    await commands.savesSettled()
    expect(store.get().save).toEqual({ kind: 'failed', message: 'The disk is full.' })
    expect(goldTexts(store)).toEqual(['claim:will increase intelligence-sharing'])

    host.failSaves = null
    commands.annotate.retrySave()
    await commands.savesSettled()
    expect(host.sent).toHaveLength(1)
    expect(store.get().save).toEqual({ kind: 'saved' })
  })

  it('a colleague’s layer changed on disk is read again, at the same disagreement', async () => {
    commands.review.stepGroup(1)
    host.layers[0]!.spans.push({ ...host.layers[1]!.spans[2]!, id: 'lan-late' })
    const reads = host.reads
    store.update((state) => ({
      ...state,
      disk: {
        seq: 1,
        changes: [{ kind: 'annotations', annotator: 'lan', docId: state.review.doc!.entry.id }],
        everything: false,
      },
    }))

    await commands.review.applyDiskNews()

    expect(host.reads).toBe(reads + 1)
    expect(store.get().review.doc?.groups.map((group) => group.kind)).toEqual([
      'label',
      'agreed',
      'agreed',
    ])
  })

  it('a colleague’s first layer on disk joins review when everyone is compared', async () => {
    host.layers.push({ ...host.layers[1]!, annotator: 'quan' })
    const listReview = vi.spyOn(host.client, 'listReview')
    const reads = host.reads
    store.update((state) => ({
      ...state,
      disk: {
        seq: 1,
        changes: [{ kind: 'annotations', annotator: 'quan', docId: state.review.doc!.entry.id }],
        everything: false,
      },
    }))

    await commands.review.applyDiskNews()

    expect(listReview).toHaveBeenLastCalledWith({ annotators: ['lan', 'minh', 'quan'] })
    expect(store.get().review.annotators).toEqual(['lan', 'minh', 'quan'])
    expect(host.reads).toBe(reads + 1)
  })

  it('a colleague’s first layer on disk leaves a reviewer’s own pick of annotators alone', async () => {
    await commands.review.chooseAnnotators(['lan'])
    host.layers.push({ ...host.layers[1]!, annotator: 'quan' })
    const listReview = vi.spyOn(host.client, 'listReview')
    store.update((state) => ({
      ...state,
      disk: {
        seq: 1,
        changes: [{ kind: 'annotations', annotator: 'quan', docId: state.review.doc!.entry.id }],
        everything: false,
      },
    }))

    await commands.review.applyDiskNews()

    expect(listReview).not.toHaveBeenCalled()
  })

  it('leaves the document as it is while a decision is still being saved', async () => {
    const release = host.holdSaves()
    commands.decide.pressDigit('2')
    const reads = host.reads
    store.update((state) => ({
      ...state,
      disk: {
        seq: 1,
        changes: [{ kind: 'annotations', annotator: 'minh', docId: state.review.doc!.entry.id }],
        everything: false,
      },
    }))

    await commands.review.applyDiskNews()

    expect(host.reads).toBe(reads)
    expect(goldTexts(store)).toEqual(['claim:will increase intelligence-sharing'])
    release()
    await commands.savesSettled()
    expect(host.gold.spans.map((span) => span.text)).toEqual(['will increase intelligence-sharing'])
  })

  it('drops a read from disk answered after a decision made while it was read', async () => {
    const release = host.holdReads()
    const reads = host.reads
    store.update((state) => ({
      ...state,
      disk: {
        seq: 1,
        changes: [{ kind: 'annotations', annotator: 'minh', docId: state.review.doc!.entry.id }],
        everything: false,
      },
    }))
    const refreshing = commands.review.applyDiskNews()
    await vi.waitFor(() => expect(host.reads).toBe(reads + 1))

    commands.decide.pressDigit('2')
    release()
    await refreshing
    await commands.savesSettled()

    expect(goldTexts(store)).toEqual(['claim:will increase intelligence-sharing'])
    expect(current(store)).toBe('missing: crossed')
  })

  it('keeps the text selected when a read from disk lands', async () => {
    const start = TEXT.indexOf('About 76,000')
    commands.annotate.setSelection({ start, end: start + 'About'.length, exact: false })
    store.update((state) => ({
      ...state,
      disk: {
        seq: 1,
        changes: [{ kind: 'annotations', annotator: 'lan', docId: state.review.doc!.entry.id }],
        everything: false,
      },
    }))

    await commands.review.applyDiskNews()

    expect(store.get().selection).toEqual({ start, end: start + 'About'.length, exact: false })
  })
})
