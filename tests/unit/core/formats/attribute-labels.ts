import { DEFAULT_LABELS, type Label } from '../../../../src-main/core/labels/label'

/** Commitment → actor (text), strength (firm / very hedged), quoted (yes/no); Statistic → unit. */
export const ATTRIBUTE_LABELS: Label[] = DEFAULT_LABELS.map((label) =>
  label.id === 'commitment'
    ? {
        ...label,
        attributes: [
          { name: 'actor', kind: 'text' },
          { name: 'strength', kind: 'choice', values: ['firm', 'very hedged'] },
          { name: 'quoted', kind: 'yes-no' },
        ],
      }
    : label.id === 'statistic'
      ? { ...label, attributes: [{ name: 'unit', kind: 'choice', values: ['people', 'km'] }] }
      : label,
)
