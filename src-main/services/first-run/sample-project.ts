import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

import { GlossFailure } from '../../core/failure'
import { fileSource, importDocuments } from '../import/import-documents'
import type { ProjectStore } from '../project/project-store'
import type { SessionContext } from '../session/session-context'

/** The sample project's folder name inside the app's data folder. */
export const SAMPLE_PROJECT_FOLDER = 'Sample project'

/**
 * Opens `<data dir>/Sample project` as the current project. While it holds no documents (its
 * first opening, or one cut short), the sample articles in `sampleDir` are imported into it
 * like any other files; after that it opens as the analyst left it.
 */
export async function openSampleProject(
  session: SessionContext,
  sampleDir: string,
): Promise<ProjectStore> {
  // Read first: a broken install must not leave an empty sample project behind.
  const articles = await sampleArticles(sampleDir)
  const store = await session.openProject(
    join(session.appState.dataDir, SAMPLE_PROJECT_FOLDER),
    true,
  )
  if ((await store.readIndex()).documents.length === 0) {
    await importDocuments(store, articles.map(fileSource))
  }
  return store
}

async function sampleArticles(sampleDir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(sampleDir)
  } catch {
    names = []
  }
  const articles = names.filter((name) => name.endsWith('.txt')).sort()
  if (articles.length === 0) {
    throw new GlossFailure({
      code: 'not-found',
      message: `The sample articles are missing from ${sampleDir}.`,
      file: sampleDir,
      hint: 'Reinstall Gloss, or create a project and import your own articles.',
    })
  }
  return articles.map((name) => join(sampleDir, name))
}
