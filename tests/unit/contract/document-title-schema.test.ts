import { describe, expect, it } from 'vitest'

import { documentTitleSchema } from '../../../src-main/contract/schemas'
import { titleProblem } from '../../../src-main/core/documents/title-rules'

const schemaProblem = (title: string): string | null => {
  const parsed = documentTitleSchema.safeParse(title)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'refused')
}

describe('the rules for a typed document title', () => {
  it.each([
    ['Festival crowds', null],
    ['  Festival crowds  ', null],
    ['x'.repeat(200), null],
    ['', 'A title cannot be empty.'],
    [' \t ', 'A title cannot be empty.'],
    ['x'.repeat(201), 'A title has at most 200 characters.'],
    ['Festival\ncrowds', 'A title is one line: no line breaks or tabs.'],
    ['Festival\tcrowds', 'A title is one line: no line breaks or tabs.'],
    ['Festival\u2028crowds', 'A title is one line: no line breaks or tabs.'],
  ])('%j: the UI and the contract both say %j', (title, problem) => {
    expect(titleProblem(title)).toBe(problem)
    expect(schemaProblem(title)).toBe(problem)
  })

  it('saves the title trimmed and composed (NFC)', () => {
    expect(documentTitleSchema.parse('  Ha\u0300 Nội  ')).toBe('Hà Nội')
  })
})
