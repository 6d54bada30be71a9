import { describe, expect, it } from 'vitest'

import { docIdFromSha256 } from '../../../../src-main/core/project/doc-id'

const DIGEST = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'

describe('docIdFromSha256', () => {
  it('takes the first 16 hex characters', () => {
    expect(docIdFromSha256(DIGEST)).toBe('9f86d081884c7d65')
  })

  it('lower-cases an upper-case digest', () => {
    expect(docIdFromSha256(DIGEST.toUpperCase())).toBe('9f86d081884c7d65')
  })

  it('refuses anything that is not a 64-character hex digest', () => {
    expect(() => docIdFromSha256('abc')).toThrow(
      new RangeError('Expected a sha256 digest as 64 hex characters, got "abc".'),
    )
  })
})
