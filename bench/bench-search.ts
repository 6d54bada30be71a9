import type { Handlers } from '../src-main/contract/endpoints'
import { type Figure, medianFigure, timed } from './timing'

const RUNS = 5

/**
 * Project search over a large project: the first search reads every text from disk (a cold
 * host), the next ones find them kept. A word every article has, and a rare one.
 */
export async function benchSearch(handlers: Handlers, documents: number): Promise<Figure[]> {
  const search = async (query: string) => {
    const { value, ms } = await timed(() => handlers.searchProject({ query, limit: 2000 }))
    if (value.searched !== documents) throw new Error(`bench: search saw ${value.searched}`)
    return ms
  }
  const first = await search('ministry')
  const common: number[] = []
  const rare: number[] = []
  for (let n = 0; n < RUNS; n++) {
    common.push(await search('the'))
    rare.push(await search('"Bench article 9999"'))
  }
  return [
    {
      name: `services: search ${documents} documents, first search (reads texts)`,
      value: Math.round(first),
      unit: 'ms',
      target: '≤ 2 s',
    },
    medianFigure(`services: search ${documents} documents, common word`, common, 'ms', '≤ 500 ms'),
    medianFigure(`services: search ${documents} documents, a phrase`, rare, 'ms', '≤ 500 ms'),
  ]
}
