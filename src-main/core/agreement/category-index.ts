import { compareText, type LabelIndex } from './label-index'

/** The category of a token covered by no span. */
export const OUTSIDE = 'O'

/**
 * Numbers the categories tokens fall into: a category is a set of labels, named by its
 * label names sorted and joined with `+` ("Claim+Statistic"), or `O` for the empty set
 * (category 0).
 */
export interface CategoryIndex {
  /** The number of the category made of these label numbers (in any order, no repeats). */
  ofLabels(labels: readonly number[]): number
  name(category: number): string
  /** Whether the category holds the label. */
  has(category: number, label: number): boolean
}

export function createCategoryIndex(labels: LabelIndex): CategoryIndex {
  const names: string[] = [OUTSIDE]
  const members: ReadonlySet<number>[] = [new Set()]
  const byKey = new Map<string, number>([['', 0]])
  return {
    ofLabels(set) {
      const key = [...set].sort((x, y) => x - y).join(',')
      const known = byKey.get(key)
      if (known !== undefined) return known
      const sortedNames = set.map((label) => labels.name(label)).sort(compareText)
      names.push(sortedNames.join('+'))
      members.push(new Set(set))
      byKey.set(key, names.length - 1)
      return names.length - 1
    },
    name: (category) => names[category] ?? OUTSIDE,
    has: (category, label) => members[category]?.has(label) ?? false,
  }
}
