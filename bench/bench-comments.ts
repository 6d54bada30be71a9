import type { DocumentListItem, Handlers } from '../src-main/contract/endpoints'
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'
import { type Figure, timed } from './timing'

const REVIEWERS = ['rita', 'minh', 'bao']
// One document in ten has comments, from each reviewer: a busy review, not an empty one.
const EVERY = 10

async function reviewer(dir: string, dataDir: string, name: string): Promise<Handlers> {
  const appState = await openAppState(dataDir)
  return createHandlers({ ports: { host: 'web' }, appState, project: dir, annotator: name })
}

/**
 * The document list's unresolved-comment counts read every comment file there is: this
 * puts threads by three reviewers on a tenth of the documents and lists them all again.
 */
export async function benchCommentCounts(
  dir: string,
  dataDir: (name: string) => string,
  documents: readonly DocumentListItem[],
): Promise<Figure[]> {
  const commented = documents.filter((_, n) => n % EVERY === 0)
  for (const name of REVIEWERS) {
    const handlers = await reviewer(dir, dataDir(name), name)
    for (const item of commented) {
      const { text } = await handlers.getDocument({ docId: item.id })
      const end = Math.min(text.length, 20)
      await handlers.addComment({
        docId: item.id,
        target: { kind: 'range', start: 0, end, text: text.slice(0, end) },
        text: `A question from ${name}.`,
      })
    }
  }
  const cold = await reviewer(dir, dataDir('list'), 'bench')
  const listed = await timed(() => cold.listDocuments({}))
  const open = listed.value.reduce((sum, item) => sum + item.unresolvedComments, 0)
  if (open !== commented.length * REVIEWERS.length) {
    throw new Error(
      `bench: ${open} open threads listed, ${commented.length * REVIEWERS.length} made`,
    )
  }
  return [
    {
      name: `services: list ${documents.length} documents + ${commented.length * REVIEWERS.length} comment files (cold)`,
      value: listed.ms,
      unit: 'ms',
      target: 'about the same as without comments',
    },
  ]
}
