import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS, type Label } from '../../../../src-main/core/labels/label'
import { attributeLine, withAttribute } from '../../../../src-main/core/spans/span-attributes'
import type { Span } from '../../../../src-main/core/spans/span'

const commitment: Label = {
  ...(DEFAULT_LABELS[0] as Label),
  attributes: [
    { name: 'strength', kind: 'choice', values: ['firm', 'hedged'] },
    { name: 'actor', kind: 'text' },
    { name: 'quoted', kind: 'yes-no' },
  ],
}

const span: Span = {
  id: 's1',
  start: 0,
  end: 4,
  label: 'commitment',
  text: 'will',
  createdAt: 'then',
  updatedAt: 'then',
}

describe('withAttribute', () => {
  it('sets a value and stamps the span', () => {
    expect(withAttribute(span, 'strength', 'hedged', 'now')).toEqual({
      ...span,
      attributes: { strength: 'hedged' },
      updatedAt: 'now',
    })
  })

  it('leaves the attribute out for "no", empty text or no value, and drops an empty map', () => {
    const tagged = { ...span, attributes: { quoted: true } }
    expect(withAttribute(tagged, 'quoted', false, 'now')).toStrictEqual({
      ...span,
      updatedAt: 'now',
    })
  })

  it('changes nothing (null) when the value is already there', () => {
    const tagged = { ...span, attributes: { actor: 'UK' } }
    expect(withAttribute(tagged, 'actor', 'UK', 'now')).toBeNull()
    expect(withAttribute(span, 'actor', '', 'now')).toBeNull()
  })
})

describe('attributeLine', () => {
  it('lists values in the order the label defines them, yes/no as "yes"', () => {
    const tagged = { ...span, attributes: { quoted: true, actor: 'Home Office', strength: 'firm' } }
    expect(attributeLine(tagged, commitment)).toBe(
      'strength: firm · actor: Home Office · quoted: yes',
    )
  })

  it('keeps a value the label no longer defines, marked as such', () => {
    const tagged = { ...span, attributes: { period: '2023', strength: 'hedged' } }
    expect(attributeLine(tagged, commitment)).toBe('strength: hedged · period: 2023 (not defined)')
  })
})
