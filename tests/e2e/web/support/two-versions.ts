import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ARTICLE_NAME, FIRST_VERSION, SECOND_VERSION } from '../../../support/harbour-article'

/**
 * Runs `use` with the harbour article's two versions as files of the same name (so Gloss takes
 * the second for a re-published first), each in its own temp folder, removed afterwards.
 */
export async function withTwoVersions(
  use: (first: string, second: string) => Promise<void>,
): Promise<void> {
  const folders = [
    await mkdtemp(join(tmpdir(), 'gloss-v1-')),
    await mkdtemp(join(tmpdir(), 'gloss-v2-')),
  ]
  try {
    const [first, second] = folders.map((folder) => join(folder, ARTICLE_NAME)) as [string, string]
    await writeFile(first, FIRST_VERSION)
    await writeFile(second, SECOND_VERSION)
    await use(first, second)
  } finally {
    for (const folder of folders) await rm(folder, { recursive: true, force: true })
  }
}
