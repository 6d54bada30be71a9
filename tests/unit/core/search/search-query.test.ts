import { describe, expect, it } from 'vitest'

import { parseSearchQuery } from '../../../../src-main/core/search/search-query'

describe('reading the project search box', () => {
  it('splits filters, quoted phrases and words', () => {
    expect(
      parseSearchQuery('label:Statistic annotator:ana status:done note:check "visa abuse" Channel'),
    ).toEqual({
      ok: true,
      query: {
        terms: ['Channel', 'visa abuse'],
        labels: ['Statistic'],
        annotators: ['ana'],
        notes: ['check'],
        statuses: ['done'],
      },
    })
  })

  it('takes a quoted value after a key: label:"Direct quote"', () => {
    expect(parseSearchQuery('label:"Direct quote" note:"follow up"')).toMatchObject({
      ok: true,
      query: { labels: ['Direct quote'], notes: ['follow up'], terms: [] },
    })
  })

  it('reads keys in any case and statuses in any case', () => {
    expect(parseSearchQuery('LABEL:claim Status:In-Progress')).toMatchObject({
      ok: true,
      query: { labels: ['claim'], statuses: ['in-progress'] },
    })
  })

  it('keeps a phrase whose closing quote is not typed yet', () => {
    expect(parseSearchQuery('"increase intelligence')).toMatchObject({
      ok: true,
      query: { terms: ['increase intelligence'] },
    })
  })

  it('treats a key Gloss does not know as text: 10:30 and http://x', () => {
    expect(parseSearchQuery('at 10:30 http://x.org')).toMatchObject({
      ok: true,
      query: { terms: ['at 10:30 http://x.org'], labels: [] },
    })
  })

  it('reads the words outside quotes as one phrase, and each quoted one apart', () => {
    expect(parseSearchQuery('visa   abuse label:claim "Home Office" "costs"')).toMatchObject({
      ok: true,
      query: { terms: ['visa abuse', 'Home Office', 'costs'], labels: ['claim'] },
    })
  })

  it('names a key without a value', () => {
    expect(parseSearchQuery('label: visa')).toEqual({
      ok: false,
      problem: '"label:" needs a value, e.g. label:Statistic.',
    })
  })

  it('names a status that does not exist', () => {
    expect(parseSearchQuery('status:finished')).toEqual({
      ok: false,
      problem: 'There is no status "finished": use status:todo, status:in-progress or status:done.',
    })
  })

  it('normalises to NFC, as the texts are', () => {
    const decomposed = 'ho\u0323\u0302'
    const parsed = parseSearchQuery(decomposed)
    expect(parsed.ok && parsed.query.terms).toEqual(['hộ'])
  })
})
