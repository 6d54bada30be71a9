import type { AttributeDefinition } from './attribute-definition'

/** A tag an analyst can put on a span. Spans refer to labels by `id`, so renaming is cheap. */
export interface Label {
  /** Stable key stored in spans; never changes once created. */
  readonly id: string
  /** What the analyst sees and what exports write. */
  readonly name: string
  /** CSS hex colour, `#rrggbb`. */
  readonly color: string
  /** A single key `1`–`9`, or empty for none. */
  readonly hotkey: string
  readonly description: string
  /** What its spans can carry besides the label (absent in projects from before issue 9). */
  readonly attributes?: readonly AttributeDefinition[]
}

export const DEFAULT_LABELS: readonly Label[] = [
  {
    id: 'commitment',
    name: 'Commitment',
    color: '#2f7ed8',
    hotkey: '1',
    description: 'A promise or pledge to act ("will increase intelligence-sharing").',
  },
  {
    id: 'statistic',
    name: 'Statistic',
    color: '#e08a00',
    hotkey: '2',
    description: 'A number or measured fact ("76,000 people have crossed the Channel").',
  },
  {
    id: 'claim',
    name: 'Claim',
    color: '#c2379b',
    hotkey: '3',
    description: 'An assertion presented as true ("illegal migration is a global problem").',
  },
]
