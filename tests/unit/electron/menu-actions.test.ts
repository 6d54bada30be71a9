import { describe, expect, it, vi } from 'vitest'

import type { Handlers, ImportSummary } from '../../../src-main/contract/endpoints'
import { GlossFailure } from '../../../src-main/core/failure'
import {
  createMenuActions,
  type MenuMessage,
  summarizeImport,
} from '../../../src-main/electron/menu-actions'

const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
  imported: 0,
  duplicates: 0,
  refused: 0,
  outcomes: [],
  ...over,
})

function setup(handlers: Partial<Record<keyof Handlers, (input: never) => Promise<unknown>>>) {
  const messages: MenuMessage[] = []
  const reload = vi.fn()
  const actions = createMenuActions({
    handlers: handlers as unknown as Handlers,
    reload,
    showMessage: async (message) => {
      messages.push(message)
    },
    confirm: async () => false,
  })
  return { actions, messages, reload }
}

describe('File → Open Project…', () => {
  it('opens the picked folder without creating it, then reloads the page', async () => {
    const openProject = vi.fn(async () => ({}))
    const { actions, reload } = setup({
      pickProjectFolder: async () => ({ path: '/data/proj' }),
      openProject,
    })

    await actions.openProject()

    expect(openProject).toHaveBeenCalledWith({ path: '/data/proj', create: false })
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does nothing when the dialog is cancelled', async () => {
    const openProject = vi.fn(async () => ({}))
    const { actions, reload, messages } = setup({
      pickProjectFolder: async () => ({ path: null }),
      openProject,
    })

    await actions.openProject()

    expect(openProject).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
    expect(messages).toEqual([])
  })

  it("shows the service's message, file and hint when the folder cannot be opened", async () => {
    const { actions, reload, messages } = setup({
      pickProjectFolder: async () => ({ path: '/data/proj' }),
      openProject: async () => {
        throw new GlossFailure({
          code: 'unreadable-file',
          message: 'gloss.json is not valid JSON.',
          file: '/data/proj/gloss.json',
          hint: 'Fix or remove the file.',
        })
      },
    })

    await actions.openProject()

    expect(reload).not.toHaveBeenCalled()
    expect(messages).toEqual([
      {
        kind: 'error',
        title: 'Could not open the project',
        detail:
          'gloss.json is not valid JSON.\nFile: /data/proj/gloss.json\nFix or remove the file.',
      },
    ])
  })
})

describe('File → New Project…', () => {
  it('creates the picked folder as a project', async () => {
    const openProject = vi.fn(async () => ({}))
    const { actions } = setup({ pickProjectFolder: async () => ({ path: '/new' }), openProject })

    await actions.newProject()

    expect(openProject).toHaveBeenCalledWith({ path: '/new', create: true })
  })
})

describe('File → Import Files…', () => {
  it('imports the picked files in batches of 200 and reports the totals', async () => {
    const paths = Array.from({ length: 450 }, (_, i) => `/in/${i}.txt`)
    const batches: number[] = []
    const { actions, messages, reload } = setup({
      pickImportPaths: async () => ({ paths }),
      importPaths: async (input: { paths: string[] }) => {
        batches.push(input.paths.length)
        return summary({ imported: input.paths.length - 1, duplicates: 1 })
      },
    })

    await actions.importFiles()

    expect(batches).toEqual([200, 200, 50])
    expect(reload).toHaveBeenCalledOnce()
    expect(messages).toEqual([
      {
        kind: 'info',
        title: 'Import finished',
        detail: 'Imported 447, 3 already in the project, 0 refused.',
      },
    ])
  })

  it('does nothing when no file was picked', async () => {
    const importPaths = vi.fn(async () => summary())
    const { actions, messages } = setup({
      pickImportPaths: async () => ({ paths: [] }),
      importPaths,
    })

    await actions.importFiles()

    expect(importPaths).not.toHaveBeenCalled()
    expect(messages).toEqual([])
  })
})

describe('summarizeImport', () => {
  it('lists why each refused file was refused', () => {
    const text = summarizeImport(
      summary({
        imported: 1,
        refused: 1,
        outcomes: [
          { source: '/in/a.txt', result: 'imported', docId: 'abc' },
          { source: '/in/b.bin', result: 'refused', reason: 'a binary file, not text' },
        ],
      }),
    )

    expect(text).toBe(
      'Imported 1, 0 already in the project, 1 refused.\n/in/b.bin: a binary file, not text',
    )
  })
})

describe('File → Export JSONL…', () => {
  it('exports every annotator, saves where the user chose and says what was written', async () => {
    const exportDataset = vi.fn(async () => ({
      suggestedName: 'proj.jsonl',
      files: [{ path: 'proj.jsonl', content: '{}\n' }],
      documents: 2,
      spans: 5,
      offsetUnit: 'codepoints' as const,
      warnings: ['1 span dropped: an example warning.'],
    }))
    const saveExport = vi.fn(async () => ({ path: '/out/proj.jsonl' }))
    const { actions, messages } = setup({ exportDataset, saveExport })

    await actions.exportJsonl()

    expect(exportDataset).toHaveBeenCalledWith({ format: 'jsonl', source: 'all', status: 'any' })
    expect(saveExport).toHaveBeenCalledWith({
      suggestedName: 'proj.jsonl',
      files: [{ path: 'proj.jsonl', content: '{}\n' }],
    })
    expect(messages).toEqual([
      {
        kind: 'info',
        title: 'Export finished',
        detail:
          'Wrote 2 documents and 5 spans to /out/proj.jsonl\n1 span dropped: an example warning.',
      },
    ])
  })

  it('says nothing when the save dialog is cancelled', async () => {
    const { actions, messages } = setup({
      exportDataset: async () => ({
        suggestedName: 'p.jsonl',
        files: [{ path: 'p.jsonl', content: '' }],
        documents: 0,
        spans: 0,
        offsetUnit: 'codepoints' as const,
        warnings: [],
      }),
      saveExport: async () => ({ path: null }),
    })

    await actions.exportJsonl()

    expect(messages).toEqual([])
  })
})
