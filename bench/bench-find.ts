import { findMatches, type FindOptions } from '../src-main/core/text/find-matches'
import { type Figure, medianFigure, timed } from './timing'

const RUNS = 5

const CASES: readonly { readonly query: string; readonly options: FindOptions }[] = [
  { query: 'visa', options: { caseSensitive: false, wholeWord: false } },
  { query: 'the', options: { caseSensitive: false, wholeWord: true } },
  { query: 'e', options: { caseSensitive: false, wholeWord: false } },
]

/** The find bar's search on a 1M-character text: it runs on every keystroke, so it must not freeze. */
export async function benchFind(text: string): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const { query, options } of CASES) {
    const runs: number[] = []
    let found = 0
    for (let n = 0; n < RUNS; n++) {
      const run = await timed(() => findMatches(text, query, options))
      runs.push(run.ms)
      found = run.value.length
    }
    const how = options.wholeWord ? 'whole word' : 'any case'
    const name = `core: find "${query}" (${how}) in 1M chars, ${found.toLocaleString('en')} matches`
    figures.push(medianFigure(name, runs, 'ms', '≤ 50 ms (a keystroke)'))
  }
  return figures
}
