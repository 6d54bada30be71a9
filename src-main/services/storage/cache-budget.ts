/** Something that keeps a file's content in memory and can let it go. */
export interface Cached {
  forget(): void
}

/** How much file content the handles of one registry keep in memory, least recently used first out. */
export interface CacheBudget {
  /** `cached` now keeps about `bytes`; may make others forget theirs. */
  use(cached: Cached, bytes: number): void
  /** `cached` keeps nothing any more. */
  drop(cached: Cached): void
}

/** A budget of `limit` bytes (UTF-16 units of file text, roughly what the parsed values cost). */
export function createCacheBudget(limit: number): CacheBudget {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  const sizes = new Map<Cached, number>()
  let total = 0
  return {
    use(cached, bytes) {
      total += bytes - (sizes.get(cached) ?? 0)
      sizes.delete(cached)
      sizes.set(cached, bytes)
      for (const [oldest, size] of sizes) {
        if (total <= limit || oldest === cached) break
        sizes.delete(oldest)
        total -= size
        oldest.forget()
      }
    },
    drop(cached) {
      total -= sizes.get(cached) ?? 0
      sizes.delete(cached)
    },
  }
}
