import { join } from 'node:path'

import { ok, openedProject, setup, uploadFixtures } from './project-fixture'

/** The id of the emoji-astral.txt fixture article. */
export const EMOJI_DOC = '525068365206a9a3'

/** A fresh project holding the emoji-astral.txt article, and where alice's spans go on disk. */
export async function emojiProject() {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'emoji-astral.txt')
  const { text } = await ok(handlers, 'getDocument', { docId: EMOJI_DOC })
  const file = join(where.project, 'annotations', 'alice', `${EMOJI_DOC}.json`)
  return { where, handlers, text, file }
}
