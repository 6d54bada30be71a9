import { join } from 'node:path'

import type { Handlers } from '../../../../src-main/contract/endpoints'
import {
  created,
  ok,
  openedProject,
  setup,
  spanOn,
  uploadFixtures,
} from '../support/project-fixture'

/** The glued-words article, imported; each person works through handlers of their own. */
export async function reviewProject() {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await uploadFixtures(alice, 'glued-words.txt')
  const [item] = await ok(alice, 'listDocuments', {})
  const docId = item!.id
  const { text } = await ok(alice, 'getDocument', { docId })
  // Each person's one window on the project (a second one would be refused their layer).
  const as = (annotator: string): Promise<Handlers> => openedProject(where, annotator)
  /** Saves `annotator`'s spans over these phrases (label per phrase) on the article. */
  const tag = async (annotator: string, ...tags: [phrase: string, label: string][]) => {
    const handlers = await as(annotator)
    const spans = tags.map(([phrase, label], index) =>
      spanOn(text, phrase, label, `${annotator}-${index}`),
    )
    await ok(handlers, 'applySpanChanges', { docId, changes: created(...spans) })
  }
  const goldFile = join(where.project, 'annotations', '_gold', `${docId}.json`)
  return { where, alice, as, tag, docId, text, goldFile }
}
