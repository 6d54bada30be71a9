import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import { findLabel, labelForKey, labelIdFromName } from '../../../../src-main/core/labels/label-set'

describe('labelForKey', () => {
  it('finds the label whose hotkey was pressed', () => {
    expect(labelForKey(DEFAULT_LABELS, '2')?.id).toBe('statistic')
  })

  it('finds nothing for a key no label uses', () => {
    expect(labelForKey(DEFAULT_LABELS, '9')).toBeUndefined()
  })

  it('never matches a label without a hotkey to an empty key', () => {
    const labels = [{ ...DEFAULT_LABELS[0]!, hotkey: '' }]
    expect(labelForKey(labels, '')).toBeUndefined()
  })
})

describe('findLabel', () => {
  it('finds a label by id', () => {
    expect(findLabel(DEFAULT_LABELS, 'claim')?.name).toBe('Claim')
  })

  it('finds nothing for an unknown id', () => {
    expect(findLabel(DEFAULT_LABELS, 'Claim')).toBeUndefined()
  })
})

describe('labelIdFromName', () => {
  it('lower-cases and dashes a name', () => {
    expect(labelIdFromName('  Policy / Position!! ', [])).toBe('policy-position')
  })

  it('drops Vietnamese diacritics, đ included', () => {
    expect(labelIdFromName('Số liệu Đánh giá', [])).toBe('so-lieu-danh-gia')
  })

  it('keeps letters of scripts without a Latin form', () => {
    expect(labelIdFromName('声明 2', [])).toBe('声明-2')
  })

  it('falls back to "label" for a name with no letters or digits', () => {
    expect(labelIdFromName('!!!', [])).toBe('label')
  })

  it('adds a number to stay unique among existing labels', () => {
    expect(labelIdFromName('Claim', DEFAULT_LABELS)).toBe('claim-2')
  })

  it('counts up past taken numbered ids given as strings', () => {
    expect(labelIdFromName('Claim', ['claim', 'claim-2', 'claim-3'])).toBe('claim-4')
  })

  it('keeps ids to 48 characters', () => {
    expect(labelIdFromName('a'.repeat(60), [])).toBe('a'.repeat(48))
  })
})
