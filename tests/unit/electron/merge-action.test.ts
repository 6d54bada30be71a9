import { describe, expect, it, vi } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import { GlossFailure } from '../../../src-main/core/failure'
import type { MergeLayer, MergeSummary } from '../../../src-main/core/project/merge-summary'
import { summarizeMerge } from '../../../src-main/electron/merge-action'
import {
  createMenuActions,
  type MenuConfirm,
  type MenuMessage,
} from '../../../src-main/electron/menu-actions'

const BOB: MergeLayer = {
  name: 'bob',
  as: 'bob',
  state: 'new',
  filesAdded: 2,
  filesAlreadyHere: 0,
  filesDiffering: 0,
  documents: 2,
  spans: 3,
}
const CAROL_CLASH: MergeLayer = {
  ...BOB,
  name: 'carol',
  as: 'carol',
  state: 'clash',
  filesAdded: 0,
  filesDiffering: 1,
  documents: 0,
  spans: 0,
  suggestedName: 'carol-2',
}

const summary = (over: Partial<MergeSummary> = {}): MergeSummary => ({
  from: '/shared/colleague',
  fromName: 'colleague',
  applied: false,
  layers: [BOB],
  documentsAdded: [{ id: 'aaaabbbbccccdddd', title: 'Library extends opening hours' }],
  refused: [],
  unknownLabels: [],
  ...over,
})

type MergeInput = { path: string; renames?: Record<string, string>; apply: boolean }

function setup(mergeProject: (input: MergeInput) => Promise<MergeSummary>, confirmed = true) {
  const messages: MenuMessage[] = []
  const confirms: MenuConfirm[] = []
  const reload = vi.fn()
  const merge = vi.fn(mergeProject)
  const actions = createMenuActions({
    handlers: {
      pickProjectFolder: async () => ({ path: '/shared/colleague' }),
      mergeProject: merge,
    } as unknown as Handlers,
    reload,
    showMessage: async (message) => {
      messages.push(message)
    },
    confirm: async (message) => {
      confirms.push(message)
      return confirmed
    },
  })
  return { actions, messages, confirms, reload, merge }
}

describe("File → Merge Colleague's Project…", () => {
  it('shows the plan, merges when confirmed, reloads and says what came in', async () => {
    const { actions, messages, confirms, reload, merge } = setup(async ({ apply }) =>
      summary({ applied: apply }),
    )

    await actions.mergeProject()

    expect(merge.mock.calls.map(([input]) => input)).toEqual([
      { path: '/shared/colleague', renames: {}, apply: false },
      { path: '/shared/colleague', renames: {}, apply: true },
    ])
    expect(confirms).toEqual([
      {
        title: 'Merge “colleague”?',
        detail:
          'From /shared/colleague:\nbob: new layer, 2 files (2 documents), 3 spans\n1 document added: Library extends opening hours',
        confirmLabel: 'Merge',
      },
    ])
    expect(reload).toHaveBeenCalledOnce()
    expect(messages).toEqual([
      {
        kind: 'info',
        title: 'Merge finished',
        detail:
          'bob: new layer, 2 files (2 documents), 3 spans\n1 document added: Library extends opening hours',
      },
    ])
  })

  it('proposes clashing layers under their suggested names, and says how to choose others', async () => {
    const { actions, confirms, merge } = setup(async ({ renames = {}, apply }) =>
      summary({
        applied: apply,
        layers: [
          BOB,
          renames.carol === undefined
            ? CAROL_CLASH
            : { ...BOB, name: 'carol', as: renames.carol, filesAdded: 1, documents: 1, spans: 1 },
        ],
      }),
    )

    await actions.mergeProject()

    expect(merge.mock.calls.map(([input]) => input)).toEqual([
      { path: '/shared/colleague', renames: {}, apply: false },
      { path: '/shared/colleague', renames: { carol: 'carol-2' }, apply: false },
      { path: '/shared/colleague', renames: { carol: 'carol-2' }, apply: true },
    ])
    expect(confirms[0]?.detail).toContain('carol → carol-2: new layer, 1 file (1 document), 1 span')
    expect(confirms[0]?.detail).toContain(
      "To choose other names, use File → Merge colleague's project… in the window.",
    )
  })

  it('writes nothing when the user cancels', async () => {
    const { actions, messages, reload, merge } = setup(async () => summary(), false)

    await actions.mergeProject()

    expect(merge).toHaveBeenCalledOnce()
    expect(reload).not.toHaveBeenCalled()
    expect(messages).toEqual([])
  })

  it('shows why a folder cannot be merged', async () => {
    const { actions, messages, confirms } = setup(async () => {
      throw new GlossFailure({
        code: 'not-found',
        message: '/shared/colleague is not a Gloss project: it has no gloss.json.',
        file: '/shared/colleague',
        hint: 'Choose the folder of the colleague’s project: the one that holds their gloss.json.',
      })
    })

    await actions.mergeProject()

    expect(confirms).toEqual([])
    expect(messages).toEqual([
      {
        kind: 'error',
        title: 'Could not merge that project',
        detail:
          '/shared/colleague is not a Gloss project: it has no gloss.json.\nFile: /shared/colleague\nChoose the folder of the colleague’s project: the one that holds their gloss.json.',
      },
    ])
  })
})

describe('summarizeMerge', () => {
  it('lists what was refused and the labels this project lacks', () => {
    const text = summarizeMerge(
      summary({
        applied: true,
        layers: [],
        documentsAdded: [],
        refused: [{ item: 'annotations/_gold', reason: 'their gold set is not merged' }],
        unknownLabels: [{ id: 'hedge', name: 'Hedge', spans: 2 }],
      }),
    )

    expect(text).toBe(
      [
        'Their project has no layers to merge.',
        'no documents added',
        '',
        'Not merged (1):',
        'annotations/_gold: their gold set is not merged',
        '',
        "Hedge (2 spans) is not in this project's labels: add it in Settings with the same name to see and export those spans.",
      ].join('\n'),
    )
  })
})
