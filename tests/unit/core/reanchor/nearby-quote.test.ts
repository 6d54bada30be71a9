import { describe, expect, it } from 'vitest'

import { createDocumentAnchor } from '../../../../src-main/core/formats/parse-anchor'
import { findNearby } from '../../../../src-main/core/reanchor/nearby-quote'

const TEXT = 'The port will add 3 cranes. Officials said 3 cranes cost 9 million. End.'

describe('findNearby', () => {
  it('takes the occurrence nearest the stated offset', () => {
    expect(findNearby(TEXT, '3 cranes', 40)).toBe(43)
    expect(findNearby(TEXT, '3 cranes', 20)).toBe(18)
  })

  it('takes the only occurrence however far it is', () => {
    const far = `${'x'.repeat(500)} 9 million`
    expect(findNearby(far, '9 million', 0)).toBe(501)
  })

  it('finds nothing when the text occurs in several places none within 200 characters', () => {
    const text = `3 cranes ${'x'.repeat(300)} 3 cranes ${'x'.repeat(300)}`
    expect(findNearby(text, '3 cranes', 520)).toBeNull()
  })

  it('finds nothing when the text is not there', () => {
    expect(findNearby(TEXT, '4 cranes', 18)).toBeNull()
  })
})

describe('createDocumentAnchor re-anchoring a stated text', () => {
  it('places a span whose offsets missed its text on the text nearby, and says so', () => {
    expect(createDocumentAnchor(TEXT).place(45, 53, 'utf16', '3 cranes')).toEqual({
      start: 43,
      end: 51,
      text: '3 cranes',
      reanchored:
        'offsets 45–53 cover "cranes c" but the file says "3 cranes"; placed on that text 2 characters earlier',
    })
  })
})
