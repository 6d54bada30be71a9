import { mergeThreeWay, type Json } from './merge-three-way'

export interface MergedText {
  readonly text: string
  /** Where both changed one value; the team's (`theirs`) was kept. */
  readonly clashes: readonly string[]
}

const parse = (text: string): Json | undefined =>
  text.trim() === '' ? undefined : (JSON.parse(text) as Json)

/**
 * A shared JSON file merged as data from three texts (git's merge-driver arguments: the
 * common version, this machine's, the team's): the team's wins where both changed one
 * value, as a Gloss sync does. `null` when one of them is not JSON: then git's own
 * conflict stands and nothing is guessed. An empty base is a file both sides added.
 */
export function mergeJsonTexts(base: string, ours: string, theirs: string): MergedText | null {
  let parsed: [Json | undefined, Json | undefined, Json | undefined]
  try {
    parsed = [parse(base), parse(ours), parse(theirs)]
  } catch {
    return null
  }
  const [common, mine, team] = parsed
  const result = mergeThreeWay(common, team, mine)
  return {
    text: result.merged === undefined ? '' : `${JSON.stringify(result.merged, null, 2)}\n`,
    clashes: result.clashes,
  }
}
