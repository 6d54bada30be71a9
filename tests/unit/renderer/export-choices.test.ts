import { describe, expect, it } from 'vitest'

import {
  defaultExportChoices,
  exportRequest,
  offsetOptionLabel,
  withFormat,
  type ExportChoices,
} from '../../../src-renderer/export/export-choices'

const scope = {
  openDocId: 'aaaaaaaaaaaaaaaa',
  listedDocIds: ['bbbbbbbbbbbbbbbb', 'cccccccccccccccc'],
}

const choices = (change: Partial<ExportChoices>): ExportChoices => ({
  ...defaultExportChoices,
  ...change,
})

describe('withFormat', () => {
  it.each([
    ['doccano', 'utf16'],
    ['jsonl', 'codepoints'],
    ['brat', 'codepoints'],
    ['csv', 'codepoints'],
  ] as const)('choosing %s sets its own offset convention, %s', (format, unit) => {
    expect(withFormat(choices({ offsets: 'bytes' }), format).offsets).toBe(unit)
  })

  it('keeps the other choices', () => {
    const before = choices({ source: 'gold', status: 'done', documents: 'open', csvBom: true })
    expect(withFormat(before, 'spacy')).toEqual({ ...before, format: 'spacy' })
  })
})

describe('offsetOptionLabel', () => {
  it('marks the format’s own unit as its default', () => {
    expect(offsetOptionLabel('utf16', 'doccano')).toBe('UTF-16 code units (default for doccano)')
    expect(offsetOptionLabel('codepoints', 'doccano')).toBe('Unicode code points')
    expect(offsetOptionLabel('codepoints', 'labelstudio')).toBe(
      'Unicode code points (default for Label Studio)',
    )
  })

  it('marks nothing for CoNLL, which has no offsets', () => {
    expect(offsetOptionLabel('codepoints', 'conll')).toBe('Unicode code points')
  })
})

describe('exportRequest', () => {
  it('sends the defaults as the format, my layer, any status, every document, code points', () => {
    expect(exportRequest(defaultExportChoices, scope)).toEqual({
      format: 'jsonl',
      source: 'me',
      status: 'any',
      offsets: 'codepoints',
    })
  })

  it('names one annotator as an object', () => {
    expect(exportRequest(choices({ source: 'annotator:Lan.Anh' }), scope).source).toEqual({
      annotator: 'Lan.Anh',
    })
  })

  it('sends only the open document, or the listed ones', () => {
    expect(exportRequest(choices({ documents: 'open' }), scope).docs).toEqual([scope.openDocId])
    expect(exportRequest(choices({ documents: 'listed' }), scope).docs).toEqual(scope.listedDocIds)
  })

  it('sends no offsets for CoNLL and the BOM choice only for CSV', () => {
    expect(exportRequest(withFormat(defaultExportChoices, 'conll'), scope)).toEqual({
      format: 'conll',
      source: 'me',
      status: 'any',
    })
    expect(exportRequest(choices({ format: 'csv', csvBom: true }), scope)).toEqual({
      format: 'csv',
      source: 'me',
      status: 'any',
      offsets: 'codepoints',
      csvBom: true,
    })
    expect(exportRequest(choices({ format: 'jsonl', csvBom: true }), scope)).not.toHaveProperty(
      'csvBom',
    )
  })
})
