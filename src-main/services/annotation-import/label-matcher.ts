import type { Label } from '../../core/labels/label'

const key = (name: string): string => name.normalize('NFC').trim().toLowerCase()

/**
 * Finds the project's label a file names: by display name ignoring case ("statistic" is
 * "Statistic"), else by id. `undefined` when the project has no such label: imports never
 * invent labels.
 */
export function createLabelMatcher(labels: readonly Label[]): (named: string) => Label | undefined {
  const byName = new Map(labels.map((label) => [key(label.name), label]))
  const byId = new Map(labels.map((label) => [label.id, label]))
  return (named) => byName.get(key(named)) ?? byId.get(named.trim())
}
