import { describe, expect, it } from 'vitest'

import { matchContext } from '../../../../src-main/core/search/match-context'

const around = (text: string, match: string) => {
  const start = text.indexOf(match)
  return matchContext(text, start, start + match.length)
}

describe('the words around a search result', () => {
  it('shows the whole line when it is short', () => {
    expect(around('Officials will increase intelligence-sharing now.', 'increase')).toEqual({
      before: 'Officials will ',
      match: 'increase',
      after: ' intelligence-sharing now.',
    })
  })

  it('stops at line breaks', () => {
    expect(around('Title line\nThe ministry said 76,000 people\nNext', '76,000')).toEqual({
      before: 'The ministry said ',
      match: '76,000',
      after: ' people',
    })
  })

  it('cuts a long line between words, marking the cut with …', () => {
    const text =
      'In the very long run of things the ministry said that about 76,000 people had crossed since 2018 according to the figures published on Monday'
    expect(around(text, '76,000')).toEqual({
      before: '…run of things the ministry said that about ',
      match: '76,000',
      after: ' people had crossed since 2018 according to the…',
    })
  })

  it('never cuts an emoji in two', () => {
    // The cuts 48 units either side of "x" fall between the halves of an emoji.
    const text = `${'😀'.repeat(40)}axy${'🎉'.repeat(40)}`
    const start = text.indexOf('x')
    const context = matchContext(text, start, start + 1)
    expect(context.before).toBe(`…${'😀'.repeat(23)}a`)
    expect(context.after).toBe(`y${'🎉'.repeat(23)}…`)
  })

  it('shortens a long match in the middle', () => {
    const span = 'a'.repeat(100) + 'b'.repeat(100)
    expect(matchContext(span, 0, span.length).match).toBe(`${'a'.repeat(60)}…${'b'.repeat(60)}`)
  })
})
