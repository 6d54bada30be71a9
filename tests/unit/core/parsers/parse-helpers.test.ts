import { describe, expect, it } from 'vitest'

import { annotatorName } from '../../../../src-main/core/formats/parse-annotator'
import { bratConfUnit } from '../../../../src-main/core/formats/parse-brat-conf'
import { offsetUnitFor } from '../../../../src-main/core/formats/parse-offset-unit'

describe('annotatorName', () => {
  it.each([
    ['lan', 'lan'],
    ['_gold', '_gold'],
    [12, 'user-12'],
    ['lan.nguyen@example.vn', 'lan.nguyen'],
    ['Trần  Minh (editor)', 'Trần-Minh-editor'],
    ['Ngo\u0302', 'Ngô'],
    ['.hidden', 'hidden'],
    ['!!!', undefined],
    [null, undefined],
  ])('makes %j the Gloss name %j', (raw, name) => {
    expect(annotatorName(raw)).toBe(name)
  })
})

describe('offsetUnitFor', () => {
  it('uses the unit asked for when the file states none', () => {
    expect(offsetUnitFor(undefined, 'bytes', 'codepoints')).toEqual({ unit: 'bytes' })
  })

  it("believes the file's unit when the default was asked for", () => {
    expect(offsetUnitFor('utf16', 'codepoints', 'codepoints')).toEqual({ unit: 'utf16' })
  })

  it('agrees when the file and the choice say the same', () => {
    expect(offsetUnitFor('bytes', 'bytes', 'codepoints')).toEqual({ unit: 'bytes' })
  })
})

describe('bratConfUnit', () => {
  it.each([
    ['# offsets: Unicode code points', 'codepoints'],
    ['# offsets: UTF-16 code units', 'utf16'],
    ['# offsets: UTF-8 bytes', 'bytes'],
    ['# brat configuration for the Gloss project "utf16 offsets"', undefined],
    ['[entities]\nClaim', undefined],
  ])('reads %j as %j', (conf, unit) => {
    expect(bratConfUnit(`${conf}\n[entities]\n`)).toBe(unit)
  })
})
