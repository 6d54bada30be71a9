import type { DocumentListItem, Handlers } from '../src-main/contract/endpoints'
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'
import { coldLists } from './cold-list-runner'
import { type Figure, medianFigure } from './timing'

const REVIEWERS = ['rita', 'minh', 'bao']
// One document in ten has comments, from each reviewer: a busy review, not an empty one.
const EVERY = 10
const RUNS = 5

async function reviewer(dir: string, dataDir: string, name: string): Promise<Handlers> {
  const appState = await openAppState(dataDir)
  return createHandlers({ ports: { host: 'web' }, appState, project: dir, annotator: name })
}

/**
 * The document list's unresolved-comment counts read every comment file there is: this
 * puts threads by three reviewers on a tenth of the documents and lists them all again,
 * each time in a fresh process (cold, as when the app starts).
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
  const lists = await coldLists(dir, 'bench', dataDir('list'), RUNS)
  const made = commented.length * REVIEWERS.length
  const open = lists.map((list) => list.unresolvedComments)
  if (open.some((count) => count !== made)) {
    throw new Error(`bench: ${open.join(', ')} open threads listed, ${made} made`)
  }
  return [
    medianFigure(
      `services: open + list ${documents.length} documents + ${made} comment files, cold`,
      lists.map((list) => list.ms),
      'ms',
      '≤ 300 ms',
    ),
  ]
}
