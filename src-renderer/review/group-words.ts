import type { GroupKind, ReviewGroup } from '@core/review/review-group'

/** What each kind of group is called in the review view. */
export const KIND_NAMES: Readonly<Record<GroupKind, string>> = {
  agreed: 'Agreed',
  label: 'Label conflict',
  boundary: 'Boundary conflict',
  missing: 'Missing',
  attribute: 'Attribute conflict',
}

/** One line saying what the annotators disagree on. */
export function describeGroup(group: ReviewGroup): string {
  switch (group.kind) {
    case 'agreed':
      return 'Everyone tagged exactly this.'
    case 'label':
      return group.boundariesDiffer
        ? 'Tagged with different labels and different boundaries.'
        : 'Same words, different labels.'
    case 'boundary':
      return 'Same label, different boundaries.'
    case 'missing':
      return `Not tagged by ${group.absent.join(', ')}.`
    case 'attribute':
      return 'Same words and label, different attribute values.'
  }
}
