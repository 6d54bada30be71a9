import { describe, expect, it } from 'vitest'

import { isBratPath } from '../../../src-renderer/import/annotation-formats'
import {
  annotationImportRequest,
  defaultImportChoices,
  withImportFormat,
  type AnnotationImportChoices,
} from '../../../src-renderer/import/annotation-import-choices'
import { describePicked, problemPlace } from '../../../src-renderer/import/import-wording'

const uploads = { kind: 'uploads', uploads: [{ name: 'a.jsonl', base64: 'e30K' }] } as const

const choices = (change: Partial<AnnotationImportChoices>): AnnotationImportChoices => ({
  ...defaultImportChoices,
  ...change,
})

describe('annotationImportRequest', () => {
  it('by default lets the file name the annotator and the format its offsets', () => {
    expect(annotationImportRequest(defaultImportChoices, 'lan', uploads)).toEqual({
      format: 'jsonl',
      uploads: [{ name: 'a.jsonl', base64: 'e30K' }],
    })
  })

  it('writes into my layer, or the typed name trimmed', () => {
    expect(annotationImportRequest(choices({ layer: 'me' }), 'lan', uploads).annotator).toBe('lan')
    expect(
      annotationImportRequest(choices({ layer: 'named', name: ' minh ' }), 'lan', uploads)
        .annotator,
    ).toBe('minh')
  })

  it('sends offsets only when they differ from the format’s convention', () => {
    const doccano = withImportFormat(defaultImportChoices, 'doccano')
    expect(doccano.offsets).toBe('utf16')
    expect(annotationImportRequest(doccano, 'lan', uploads)).not.toHaveProperty('offsets')
    expect(
      annotationImportRequest({ ...doccano, offsets: 'codepoints' }, 'lan', uploads).offsets,
    ).toBe('codepoints')
  })

  it('sends dialog-granted paths as paths', () => {
    const picked = { kind: 'paths', paths: ['/data/brat'] } as const
    expect(annotationImportRequest(choices({ format: 'brat' }), 'lan', picked)).toEqual({
      format: 'brat',
      paths: ['/data/brat'],
    })
  })
})

describe('isBratPath', () => {
  it.each([
    ['export/a1.txt', true],
    ['export/a1.ann', true],
    ['export/annotation.conf', true],
    ['export/visual.conf', true],
    ['export/notes.md', false],
    ['export/.git/a1.ann', false],
  ])('%s → %s', (path, expected) => {
    expect(isBratPath(path)).toBe(expected)
  })
})

describe('problemPlace', () => {
  it('names the file, then the line and span when the parser knew them', () => {
    expect(problemPlace({ file: 'a.jsonl', line: 3, where: 'span 2', message: 'x' })).toBe(
      'a.jsonl, line 3 (span 2)',
    )
    expect(problemPlace({ file: 'b/c.ann', where: 'T4', message: 'x' })).toBe('b/c.ann (T4)')
    expect(problemPlace({ file: 'd.json', message: 'x' })).toBe('d.json')
  })

  it('names only the file when the message already starts with the place', () => {
    const problem = {
      file: 'a.jsonl',
      line: 7,
      where: 'line 7, span 2',
      message: 'line 7, span 2: offsets 10–5 are reversed',
    }
    expect(problemPlace(problem)).toBe('a.jsonl')
    expect(problemPlace({ file: 'a.jsonl', line: 3, message: 'line 3: not JSON' })).toBe('a.jsonl')
    expect(problemPlace({ file: 'a.jsonl', line: 3, where: 'line 3', message: 'bad' })).toBe(
      'a.jsonl, line 3',
    )
  })
})

describe('describePicked', () => {
  it('lists one or two names, then counts the rest', () => {
    expect(describePicked([])).toBe('No files chosen')
    expect(describePicked(['a.jsonl'])).toBe('a.jsonl')
    expect(describePicked(['a.jsonl', 'b.jsonl'])).toBe('a.jsonl and b.jsonl')
    expect(describePicked(['a.ann', 'a.txt', 'b.ann', 'b.txt'])).toBe('a.ann, a.txt and 2 more')
  })
})
