import { describe, expect, it } from 'vitest'

import {
  formatAttributeDefinitions,
  parseAttributeDefinitions,
} from '../../../../src-main/core/labels/attribute-syntax'

describe('parseAttributeDefinitions', () => {
  it('reads free text, yes/no and a choice of listed values', () => {
    expect(parseAttributeDefinitions('actor; strength: firm | hedged; quoted: yes/no')).toEqual([
      { name: 'actor', kind: 'text' },
      { name: 'strength', kind: 'choice', values: ['firm', 'hedged'] },
      { name: 'quoted', kind: 'yes-no' },
    ])
  })

  it('reads one definition per line as well as per ";" and ignores empty parts', () => {
    expect(parseAttributeDefinitions('unit: text\n\nperiod ;')).toEqual([
      { name: 'unit', kind: 'text' },
      { name: 'period', kind: 'text' },
    ])
  })

  it('reads an empty field as no attributes', () => {
    expect(parseAttributeDefinitions('  ')).toEqual([])
  })

  it.each([
    [
      'actor name',
      'The attribute name "actor name" may use only letters, digits, "_" and "-" (no spaces).',
    ],
    [': text', 'An attribute needs a name before its ":".'],
    ['actor; actor: yes/no', 'The attribute "actor" is listed twice.'],
    [
      'strength: firm',
      'The choice "strength" needs at least two values separated by "|" (or write "strength: text" or "strength: yes/no").',
    ],
    ['strength: firm || hedged', 'The choice "strength" has an empty value between two "|".'],
    ['strength: firm | firm', 'The choice "strength" lists a value twice.'],
    [
      'strength: firm, sure | hedged',
      'The value "firm, sure" of "strength" is too long or holds a "," (at most 60 characters).',
    ],
  ])('refuses %j with a message naming the part', (source, problem) => {
    expect(parseAttributeDefinitions(source)).toEqual({ problem })
  })

  it('reads back what formatAttributeDefinitions writes', () => {
    const definitions = [
      { name: 'actor', kind: 'text' as const },
      { name: 'strength', kind: 'choice' as const, values: ['firm', 'very hedged'] },
      { name: 'quoted', kind: 'yes-no' as const },
    ]
    const text = formatAttributeDefinitions(definitions)
    expect(text).toBe('actor: text; strength: firm | very hedged; quoted: yes/no')
    expect(parseAttributeDefinitions(text)).toEqual(definitions)
  })
})
