import { describe, expect, it } from 'vitest'

import type { DocumentAgreementRow } from '../../../src-main/core/agreement/agreement-overview'
import { sortDocuments } from '../../../src-renderer/agreement/document-sort'

const row = (title: string, alpha: number | null): DocumentAgreementRow => ({
  docId: title,
  title,
  annotators: ['ann', 'bob'],
  tokens: 10,
  spans: 2,
  krippendorffAlpha: alpha,
  spanF1Strict: null,
  spanF1Relaxed: null,
})

const ROWS = [row('Ferries', 0.5), row('Budget', null), row('Arrivals', 0.2), row('Port', 0.5)]
const titles = (rows: readonly DocumentAgreementRow[]) => rows.map((one) => one.title)

describe('sorting the per-document table', () => {
  it('keeps index order by default', () => {
    expect(titles(sortDocuments(ROWS, { key: 'index', ascending: true }))).toEqual([
      'Ferries',
      'Budget',
      'Arrivals',
      'Port',
    ])
  })

  it('puts the lowest alpha first, ties in index order, undefined last', () => {
    expect(titles(sortDocuments(ROWS, { key: 'krippendorffAlpha', ascending: true }))).toEqual([
      'Arrivals',
      'Ferries',
      'Port',
      'Budget',
    ])
  })

  it('keeps undefined figures last when sorting down', () => {
    expect(titles(sortDocuments(ROWS, { key: 'krippendorffAlpha', ascending: false }))).toEqual([
      'Ferries',
      'Port',
      'Arrivals',
      'Budget',
    ])
  })

  it('sorts titles alphabetically', () => {
    expect(titles(sortDocuments(ROWS, { key: 'title', ascending: true }))).toEqual([
      'Arrivals',
      'Budget',
      'Ferries',
      'Port',
    ])
  })
})
