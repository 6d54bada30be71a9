import { dirname, resolve } from 'node:path'

/**
 * Whether the user granted `path` in a dialog: they picked it, or a folder that holds it.
 * Imports read nothing else from the disk.
 */
export function isGranted(granted: ReadonlySet<string>, path: string): boolean {
  for (let current = resolve(path); ; current = dirname(current)) {
    if (granted.has(current)) return true
    if (dirname(current) === current) return false
  }
}
