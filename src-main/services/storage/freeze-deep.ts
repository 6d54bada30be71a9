// Cached file contents are shared by every reader: a reader that changed one would change
// what all others see. Under the tests everything cached is frozen, so such a reader fails
// loudly there; the app skips it, since a frozen array of 20,000 spans is several times
// slower to copy, which every save of a large file does.
const FREEZE = process.env.VITEST !== undefined

/**
 * Freezes `value` and everything inside it (under the tests; see above), stopping at what is
 * frozen already, so freezing a new version of a large file costs only what is new in it.
 */
export function freezeDeep<T>(value: T): T {
  if (!FREEZE || typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return value
  }
  Object.freeze(value)
  for (const inner of Object.values(value)) freezeDeep(inner)
  return value
}
