/**
 * Freezes `value` and everything inside it, stopping at what is frozen already (so freezing
 * a new version of a large file costs only what is new in it). Cached file contents are
 * shared by every reader: a reader that changed one would change what all others see.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const inner of Object.values(value)) freezeDeep(inner)
  return value
}
