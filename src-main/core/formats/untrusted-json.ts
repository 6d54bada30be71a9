// Keys that reach Object.prototype (or a constructor) when code copies them by assignment
// or merges objects: one such key in a stranger's file could change every object in Gloss.
// JSON.parse itself makes them plain own properties, so refusing them here keeps any later
// code from ever seeing one.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

// Real annotation files nest a few levels (Label Studio: task → annotations → result →
// value → labels). Far deeper nesting is an attack on recursive code (JSON.stringify in a
// message would overflow the stack), so it is refused before anything walks it.
export const MAX_JSON_DEPTH = 64

/** Whether `key` may be a key of an object read from an imported file. */
export const isAllowedKey = (key: string): boolean => !FORBIDDEN_KEYS.has(key)

/**
 * Why a parsed JSON value from an imported file is refused, or `null`: a forbidden key
 * (`__proto__`, `constructor`, `prototype`) anywhere in it, or nesting deeper than
 * `MAX_JSON_DEPTH`. Walks without recursion, so no input can overflow the stack.
 */
export function untrustedJsonProblem(value: unknown): string | null {
  const pending: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: item, depth } = next
    if (item === null || typeof item !== 'object') continue
    if (depth >= MAX_JSON_DEPTH) return `it is nested more than ${MAX_JSON_DEPTH} levels deep`
    if (Array.isArray(item)) {
      for (const element of item) pending.push({ value: element, depth: depth + 1 })
      continue
    }
    for (const [key, element] of Object.entries(item)) {
      if (!isAllowedKey(key)) return `it has the key "${key}", which Gloss does not accept`
      pending.push({ value: element, depth: depth + 1 })
    }
  }
  return null
}
