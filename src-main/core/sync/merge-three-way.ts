/**
 * A three-way merge of JSON values, for the files every analyst of a team writes
 * (`gloss.json`, `documents/index.json`). Git merges them as lines of text; two analysts who
 * each import an article change the same lines of the index and git stops with a conflict,
 * or interleaves edits into JSON that is no longer the file either of them meant. Merged as
 * data instead, every change either side made is kept; where both changed one thing
 * differently, one side wins (the sync lets what the team already has win, so two machines
 * never flip a value back and forth) and the place is named.
 */

export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json }

export interface ThreeWay {
  /** The merged value; `undefined` when both sides (or one, the other unchanged) removed it. */
  readonly merged: Json | undefined
  /** Where both sides changed the same thing differently (the winning side's value was kept). */
  readonly clashes: readonly string[]
}

const isObject = (value: Json | undefined): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Arrays whose items are all objects with a string `id`: labels, documents, relation types. */
const isKeyedList = (
  value: Json | undefined,
): value is readonly { readonly [key: string]: Json }[] =>
  Array.isArray(value) && value.every((item) => isObject(item) && typeof item['id'] === 'string')

export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => sameJson(item, (b as readonly Json[])[index]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((key) => key in b && sameJson(a[key], b[key]))
  }
  return false
}

/**
 * Merges `winner` and `other`, both changed from `base` (`undefined`: the value did not
 * exist there). Objects merge key by key; lists of objects with an `id` merge item by item
 * (the winner's in its order, then the items only the other side added, in its order);
 * anything else changed on both sides keeps the winner's and is named in `clashes` by its
 * path (`labels[statistic].color`).
 */
export function mergeThreeWay(
  base: Json | undefined,
  winner: Json | undefined,
  other: Json | undefined,
  path = '',
): ThreeWay {
  if (sameJson(winner, other)) return { merged: winner, clashes: [] }
  if (sameJson(base, winner)) return { merged: other, clashes: [] }
  if (sameJson(base, other)) return { merged: winner, clashes: [] }
  if (isObject(winner) && isObject(other)) {
    return mergeObjects(isObject(base) ? base : {}, winner, other, path)
  }
  if (isKeyedList(winner) && isKeyedList(other)) {
    return mergeKeyedLists(isKeyedList(base) ? base : [], winner, other, path)
  }
  // Removed on one side, changed on the other: the change is work someone did; keep it.
  if (winner === undefined) return { merged: other, clashes: [] }
  if (other === undefined) return { merged: winner, clashes: [] }
  return { merged: winner, clashes: [path === '' ? '(whole file)' : path] }
}

function mergeObjects(
  base: { readonly [key: string]: Json },
  winner: { readonly [key: string]: Json },
  other: { readonly [key: string]: Json },
  path: string,
): ThreeWay {
  const merged: Record<string, Json> = {}
  const clashes: string[] = []
  const keys = [...Object.keys(winner), ...Object.keys(other).filter((key) => !(key in winner))]
  for (const key of keys) {
    const result = mergeThreeWay(
      base[key],
      winner[key],
      other[key],
      path === '' ? key : `${path}.${key}`,
    )
    if (result.merged !== undefined) merged[key] = result.merged
    clashes.push(...result.clashes)
  }
  return { merged, clashes }
}

function mergeKeyedLists(
  base: readonly { readonly [key: string]: Json }[],
  winner: readonly { readonly [key: string]: Json }[],
  other: readonly { readonly [key: string]: Json }[],
  path: string,
): ThreeWay {
  const byId = (list: readonly { readonly [key: string]: Json }[]): Map<string, Json> =>
    new Map(list.map((item) => [item['id'] as string, item]))
  const [baseItems, ourItems, theirItems] = [byId(base), byId(winner), byId(other)]
  const ids = [...ourItems.keys(), ...[...theirItems.keys()].filter((id) => !ourItems.has(id))]
  const merged: Json[] = []
  const clashes: string[] = []
  for (const id of ids) {
    const result = mergeThreeWay(
      baseItems.get(id),
      ourItems.get(id),
      theirItems.get(id),
      `${path}[${id}]`,
    )
    if (result.merged !== undefined) merged.push(result.merged)
    clashes.push(...result.clashes)
  }
  return { merged, clashes }
}
