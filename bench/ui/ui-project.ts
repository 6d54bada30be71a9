import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { openAppState } from '../../src-main/services/app-state'
import { createHandlers } from '../../src-main/services/handlers'
import type { UiCase } from './ui-case'

/** A project made for one UI case: a short note first (the app opens it), then the case. */
export interface UiProject {
  readonly root: string
  readonly dir: string
  readonly noteTitle: string
}

const NOTE = 'A short note\nThe ministry said it would publish the figures in May.\n'

const upload = (name: string, text: string) => ({
  name,
  base64: Buffer.from(text).toString('base64'),
})

/**
 * Writes the project through the same services the app uses: both documents imported, the
 * case's spans saved as the `bench` annotator's. Fails if import changed the text (the
 * spans' offsets would then be wrong).
 */
export async function makeUiProject(uiCase: UiCase): Promise<UiProject> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-bench-ui-'))
  const dir = join(root, 'project')
  const appState = await openAppState(join(root, 'data'))
  const handlers = createHandlers({
    ports: { host: 'web' },
    appState,
    project: dir,
    annotator: 'bench',
  })
  await handlers.importUploads({ files: [upload('note.txt', NOTE)] })
  await handlers.importUploads({ files: [upload('case.txt', uiCase.text)] })
  const entry = (await handlers.listDocuments({})).find((item) => item.title === uiCase.title)
  if (!entry) throw new Error(`bench: "${uiCase.title}" was not imported`)
  const opened = await handlers.getDocument({ docId: entry.id })
  if (opened.text !== uiCase.text) throw new Error('bench: import changed the case text')
  await handlers.applySpanChanges({
    docId: entry.id,
    changes: { created: [...uiCase.spans], updated: [], deleted: [] },
  })
  return { root, dir, noteTitle: 'A short note' }
}
