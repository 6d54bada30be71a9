import { describe, expect, it } from 'vitest'

import { findExact } from '../../../../src-main/core/reanchor/exact-place'
import { quoteContext } from '../../../../src-main/core/reanchor/quote-context'

const OLD = 'Exports fell in the north. Imports rose in the south after the storm.'
const context = quoteContext(OLD, OLD.indexOf('in the south'), OLD.indexOf('in the south') + 12)

describe('findExact', () => {
  it('takes the occurrence whose context matches best over a nearer one', () => {
    const next = 'Wages held in the south. Imports rose in the south after the storm.'
    expect(findExact(next, context, 0)).toEqual({ found: true, start: 38 })
  })

  it('takes the nearer of two occurrences with the same context', () => {
    const twice =
      'Imports rose in the south after the storm. Imports rose in the south after the storm.'
    expect(findExact(twice, context, 60)).toEqual({ found: true, start: 56 })
  })

  it('takes the only occurrence whatever its context', () => {
    expect(findExact('Rain in the south.', context, 50)).toEqual({ found: true, start: 5 })
  })

  it('settles nothing among occurrences none of which keeps its context', () => {
    expect(findExact('Xin the southX, Yin the southY', context, 0)).toEqual({
      found: false,
      occurrences: 2,
    })
  })
})
