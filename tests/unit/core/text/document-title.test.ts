import { describe, expect, it } from 'vitest'

import { titleFromText } from '../../../../src-main/core/text/document-title'

describe('titleFromText', () => {
  it('takes the first line', () => {
    expect(titleFromText('Council pledges new bus routes\n\nThe council will', 'a.txt')).toBe(
      'Council pledges new bus routes',
    )
  })

  it('skips blank lines and lines without letters or digits', () => {
    expect(titleFromText('\n  \n***\n---\nHà Nội cam kết\nbody', 'a.txt')).toBe('Hà Nội cam kết')
  })

  it('collapses whitespace inside the line', () => {
    expect(titleFromText('  Port \t authority   reports  \nx', 'a.txt')).toBe(
      'Port authority reports',
    )
  })

  it('removes Markdown heading marks', () => {
    expect(titleFromText('## Regional grid adds storage ##\n\nText', 'a.md')).toBe(
      'Regional grid adds storage',
    )
  })

  it('removes emphasis wrapped around the whole line', () => {
    expect(titleFromText('**Ferry timetable changes**\n', 'a.md')).toBe('Ferry timetable changes')
  })

  it('prefers a front-matter title, quotes removed', () => {
    const text = '---\ntitle: "Grid to add 300 MW"\ndate: 2024-05-02\n---\n\n# Heading\n'
    expect(titleFromText(text, 'a.md')).toBe('Grid to add 300 MW')
  })

  it('uses the first body line when front matter has no title', () => {
    expect(titleFromText('---\ndate: 2024-05-02\n---\n# Heading\n', 'a.md')).toBe('Heading')
  })

  it('cuts a long first line at a word boundary near 120 characters with an ellipsis', () => {
    const line = `${'word '.repeat(30)}end`
    expect(titleFromText(line, 'a.txt')).toBe(`${'word '.repeat(24).trim()}…`)
  })

  it('never cuts an emoji in half when shortening', () => {
    const line = `Festival ${'🎉'.repeat(130)}`
    expect(titleFromText(line, 'a.txt')).toBe(`Festival ${'🎉'.repeat(111)}…`)
  })

  it('falls back to the file name without extension', () => {
    expect(titleFromText('\n \n', 'notes/ferry-update.txt')).toBe('ferry-update')
  })

  it('falls back to the file name for an empty text, also with Windows separators', () => {
    expect(titleFromText('', 'C:\\corpus\\harbour.md')).toBe('harbour')
  })

  it('keeps a dot-file name whole and uses Untitled when there is no name', () => {
    expect([titleFromText('', '.notes'), titleFromText('', '')]).toEqual(['.notes', 'Untitled'])
  })

  it('takes boilerplate as it comes: a cookie banner on the first line is the title', () => {
    expect(titleFromText('We use cookies. Accept all\nCity library\n', 'a.txt')).toBe(
      'We use cookies. Accept all',
    )
  })
})
