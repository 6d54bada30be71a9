import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import type { ProjectStore } from './project-store'

/**
 * The index entries of the documents `docs` names, in index order; every entry when `docs`
 * is absent. An id the project lacks is an `invalid-input` failure with `hint`.
 */
export async function chosenEntries(
  store: ProjectStore,
  docs: readonly string[] | undefined,
  hint: string,
): Promise<readonly DocumentEntry[]> {
  const { documents } = await store.readIndex()
  if (docs === undefined) return documents
  const known = new Set(documents.map((entry) => entry.id))
  const unknown = docs.find((id) => !known.has(id))
  if (unknown !== undefined) {
    throw new GlossFailure({
      code: 'invalid-input',
      message: `This project has no document with id ${unknown}.`,
      hint,
    })
  }
  const wanted = new Set(docs)
  return documents.filter((entry) => wanted.has(entry.id))
}
