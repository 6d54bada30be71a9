/**
 * Appends every item to `target`. `target.push(...items)` passes each item as an argument,
 * and a few hundred thousand arguments overflow the stack: an imported file with a million
 * bad lines would crash the import instead of being reported.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}
