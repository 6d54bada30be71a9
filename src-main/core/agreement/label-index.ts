import type { Label } from '../labels/label'

/**
 * Numbers the label names agreement is measured over. A span's label id becomes the project
 * label's name, or stays the raw id when the label set lacks it (a colleague's label that was
 * removed here); labels that share a name are one label.
 */
export interface LabelIndex {
  /** The number of the name a span with label id `id` carries. */
  ofId(id: string): number
  name(index: number): string
  /** Every label number: the project's labels in their order, then unknown ids by name. */
  reportOrder(): number[]
}

export function createLabelIndex(labels: readonly Label[]): LabelIndex {
  const names: string[] = []
  const byName = new Map<string, number>()
  const byId = new Map<string, number>()
  const numberOf = (name: string): number => {
    const known = byName.get(name)
    if (known !== undefined) return known
    names.push(name)
    byName.set(name, names.length - 1)
    return names.length - 1
  }
  for (const label of labels) byId.set(label.id, numberOf(label.name))
  const projectCount = names.length
  return {
    ofId(id) {
      const known = byId.get(id)
      if (known !== undefined) return known
      const index = numberOf(id)
      byId.set(id, index)
      return index
    },
    name: (index) => names[index] ?? '',
    reportOrder() {
      const unknown = names
        .slice(projectCount)
        .map((_, k) => projectCount + k)
        .sort((x, y) => compareText(names[x] ?? '', names[y] ?? ''))
      return [...names.slice(0, projectCount).map((_, k) => k), ...unknown]
    },
  }
}

/** Code-unit order: the same on every machine, whatever its locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
