import { beforeEach, describe, expect, it } from 'vitest'

import type {
  AnnotationImportSummary,
  GlossClient,
  Input,
  OpenDocument,
} from '../../../src-main/contract/endpoints'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { defaultImportChoices } from '../../../src-renderer/import/annotation-import-choices'
import { createFakeClient, DOC_ID, TEXT } from './fake-client'

const summaryFor = (annotators: string[]): AnnotationImportSummary => ({
  documentsMatched: 1,
  documentsAdded: 0,
  spansImported: 1,
  spansSkipped: 1,
  annotators,
  problems: [{ file: 'a.jsonl', line: 2, message: 'unknown label “Quote”' }],
})

const upload = (name: string, base64: string) => ({
  name,
  size: 4,
  readBase64: async () => base64,
})

describe('annotation import commands', () => {
  let store: Store<AppState>
  let commands: Commands
  let sent: Input<'importAnnotations'>[]
  let summary: AnnotationImportSummary
  let importedSpans: boolean

  beforeEach(async () => {
    sent = []
    importedSpans = false
    const base = createFakeClient().client
    const client = {
      ...base,
      importAnnotations: async (input: Input<'importAnnotations'>) => {
        sent.push(input)
        importedSpans = true
        return { ok: true, value: summary }
      },
      // After the import the host has the imported span in the analyst's layer.
      getDocument: async (input: Input<'getDocument'>) => {
        const opened = await base.getDocument(input)
        if (!opened.ok || !importedSpans) return opened
        const doc: OpenDocument = opened.value
        const span = {
          id: 'imported-1',
          start: TEXT.indexOf('76,000'),
          end: TEXT.indexOf('76,000') + 6,
          label: 'statistic',
          text: '76,000',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }
        return { ok: true, value: { ...doc, annotations: { ...doc.annotations, spans: [span] } } }
      },
    } as unknown as GlossClient
    store = createStore(initialAppState)
    commands = createCommands({ store, client })
    await commands.session.loadSession()
  })

  it('reads the picked files, sends them, and shows the summary', async () => {
    summary = summaryFor(['minh'])
    await commands.annotationImports.importAnnotations(defaultImportChoices, {
      kind: 'uploads',
      sources: [upload('a.jsonl', 'e30K'), upload('b.jsonl', 'W10K')],
    })

    expect(sent).toEqual([
      {
        format: 'jsonl',
        uploads: [
          { name: 'a.jsonl', base64: 'e30K' },
          { name: 'b.jsonl', base64: 'W10K' },
        ],
      },
    ])
    expect(store.get().dialog).toEqual({ kind: 'annotation-import-summary', summary })
  })

  it('shows the open document again with the spans the import added', async () => {
    summary = summaryFor(['lan'])
    expect(store.get().doc?.spans).toEqual([])

    await commands.annotationImports.importAnnotations(
      { ...defaultImportChoices, layer: 'me' },
      { kind: 'paths', paths: ['/data/a.jsonl'] },
    )

    expect(sent[0]).toEqual({ format: 'jsonl', annotator: 'lan', paths: ['/data/a.jsonl'] })
    expect(store.get().doc?.entry.id).toBe(DOC_ID)
    expect(store.get().doc?.spans.map((span) => span.text)).toEqual(['76,000'])
  })

  it('drops the undo steps only when the import wrote into my own layer', async () => {
    const steps = { [DOC_ID]: { undo: [{ created: [], updated: [], deleted: [] }], redo: [] } }
    const picked = { kind: 'paths', paths: ['/data/a.jsonl'] } as const

    store.update((state) => ({ ...state, histories: steps }))
    summary = summaryFor(['minh'])
    await commands.annotationImports.importAnnotations(defaultImportChoices, picked)
    expect(store.get().histories).toEqual(steps)

    summary = summaryFor(['lan', 'minh'])
    await commands.annotationImports.importAnnotations(defaultImportChoices, picked)
    expect(store.get().histories).toEqual({})
  })
})
