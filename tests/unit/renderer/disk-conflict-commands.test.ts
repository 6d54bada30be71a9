import { beforeEach, describe, expect, it } from 'vitest'

import type { GlossClient, Input } from '../../../src-main/contract/endpoints'
import { applyChangeSet } from '../../../src-main/core/spans/change-set'
import type { AnnotationFile, Span } from '../../../src-main/core/spans/span'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { phraseSpan } from '../../support/phrase-span'
import { createFakeClient, DOC_ID, TEXT } from './fake-client'

const spanOn = (phrase: string, label: string, id: string): Span =>
  phraseSpan(TEXT, phrase, label, id, '2026-02-01T09:00:00.000Z')

const THEIRS = spanOn('76,000 people', 'statistic', 'theirs')

/**
 * A host whose annotations file is versioned by `updatedAt` and refuses, as the real one
 * does, a save made on a version no longer on disk.
 */
function versionedHost() {
  let version = 0
  const stamp = () => `2026-03-01T00:00:00.${String(++version).padStart(3, '0')}Z`
  const disk = {
    file: {
      version: 1,
      docId: DOC_ID,
      annotator: 'lan',
      status: 'todo',
      spans: [],
      updatedAt: stamp(),
    } as AnnotationFile,
    /** Another program writes the file. */
    rewrite(spans: Span[]) {
      disk.file = { ...disk.file, spans, updatedAt: stamp() }
    },
    bases: [] as (string | undefined)[],
    resolved: [] as Input<'resolveDiskConflict'>[],
  }
  const refused = {
    ok: false as const,
    error: { code: 'changed-on-disk' as const, message: 'It changed on disk.' },
  }
  const fake = createFakeClient().client
  const client = {
    ...fake,
    getDocument: async (input: Input<'getDocument'>) => {
      const read = await fake.getDocument(input)
      return read.ok ? { ok: true, value: { ...read.value, annotations: disk.file } } : read
    },
    applySpanChanges: async ({ changes, base }: Input<'applySpanChanges'>) => {
      disk.bases.push(base)
      if (base !== disk.file.updatedAt) return refused
      const spans = applyChangeSet(disk.file.spans, changes as never)
      disk.file = { ...disk.file, spans, status: 'in-progress', updatedAt: stamp() }
      return { ok: true, value: { updatedAt: disk.file.updatedAt, status: disk.file.status } }
    },
    resolveDiskConflict: async (input: Input<'resolveDiskConflict'>) => {
      disk.resolved.push(input)
      if (input.keep === 'mine') {
        disk.file = { ...disk.file, spans: input.spans as Span[], updatedAt: stamp() }
      }
      return { ok: true, value: { annotations: disk.file, kept: null } }
    },
  } as unknown as GlossClient
  return { client, disk }
}

describe('a save refused because the file changed on disk', () => {
  let host: ReturnType<typeof versionedHost>
  let store: Store<AppState>
  let commands: Commands

  const label = (phrase: string, key: string): void => {
    const start = TEXT.indexOf(phrase)
    commands.annotate.setSelection({ start, end: start + phrase.length, exact: false })
    commands.annotate.pressLabelKey(key)
  }
  const shown = () => store.get().doc?.spans.map((span) => span.text)

  beforeEach(async () => {
    host = versionedHost()
    store = createStore(initialAppState)
    commands = createCommands({ store, client: host.client })
    await commands.session.loadSession()
  })

  it('names the version each edit was made on: the one opened, then the one each save wrote', async () => {
    label('ministry', '1')
    label('intelligence-sharing', '1')
    await commands.savesSettled()

    expect(host.disk.bases).toEqual(['2026-03-01T00:00:00.001Z', '2026-03-01T00:00:00.002Z'])
  })

  it('keeps the edit on screen and asks which version to keep', async () => {
    host.disk.rewrite([THEIRS])
    label('ministry', '1')
    await commands.savesSettled()

    expect(shown()).toEqual(['ministry'])
    expect(host.disk.file.spans).toEqual([THEIRS])
    expect(store.get().changedOnDisk).toBe(DOC_ID)
    expect(store.get().save).toEqual({
      kind: 'failed',
      message: 'It changed on disk.',
      code: 'changed-on-disk',
    })
  })

  it('"Keep mine" saves the spans on screen over theirs, and later edits save on that', async () => {
    host.disk.rewrite([THEIRS])
    label('ministry', '1')
    await commands.savesSettled()

    await commands.diskConflict.keepMine()
    expect(host.disk.resolved.map(({ keep, spans }) => [keep, spans.map((s) => s.text)])).toEqual([
      ['mine', ['ministry']],
    ])
    expect([store.get().changedOnDisk, store.get().save.kind]).toEqual([null, 'saved'])
    label('intelligence-sharing', '1')
    await commands.savesSettled()
    expect(host.disk.file.spans.map((span) => span.text)).toEqual([
      'ministry',
      'intelligence-sharing',
    ])
  })

  it('"Take theirs" shows the file on disk and drops the undo steps made on mine', async () => {
    host.disk.rewrite([THEIRS])
    label('ministry', '1')
    await commands.savesSettled()

    await commands.diskConflict.takeTheirs()
    expect(host.disk.resolved.map(({ keep }) => keep)).toEqual(['theirs'])
    expect(shown()).toEqual(['76,000 people'])
    expect(store.get().histories[DOC_ID]).toBeUndefined()
    expect([store.get().changedOnDisk, store.get().save.kind]).toEqual([null, 'saved'])
    label('ministry', '1')
    await commands.savesSettled()
    expect(host.disk.file.spans.map((span) => span.text)).toEqual(['ministry', '76,000 people'])
  })
})
