import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { createLabelMatcher } from '../../../src-main/services/annotation-import/label-matcher'
import { htmlTitle, htmlToArticleText } from '../../../src-main/services/import/html-text'
import { isGranted } from '../../../src-main/services/session/granted-paths'

describe('matching imported labels', () => {
  const labels = [
    { id: 'statistic', name: 'Statistic', color: '#000000', hotkey: '1', description: '' },
    { id: 'so-lieu', name: 'Số liệu', color: '#000000', hotkey: '2', description: '' },
  ]
  const find = createLabelMatcher(labels)

  it('finds a label by its name, ignoring case and surrounding spaces', () => {
    expect([find('statistic')?.id, find(' STATISTIC ')?.id, find('SỐ LIỆU')?.id]).toEqual([
      'statistic',
      'statistic',
      'so-lieu',
    ])
  })

  it('finds a label by its id, and a decomposed name by its composed form', () => {
    expect([find('so-lieu')?.id, find('Số liệu'.normalize('NFD'))?.id]).toEqual([
      'so-lieu',
      'so-lieu',
    ])
  })

  it('finds nothing for a label the project lacks', () => {
    expect(find('Opinion')).toBeUndefined()
  })
})

describe('paths granted by a dialog', () => {
  const root = join('/', 'home', 'lan')
  const granted = new Set([join(root, 'picked.jsonl'), join(root, 'brat')])

  it('grants a picked file and everything inside a picked folder', () => {
    expect(isGranted(granted, join(root, 'picked.jsonl'))).toBe(true)
    expect(isGranted(granted, join(root, 'brat', 'sub', 'doc.ann'))).toBe(true)
    expect(isGranted(granted, join(root, 'brat', '..', 'brat', 'doc.ann'))).toBe(true)
  })

  it('grants nothing beside or above what was picked', () => {
    expect(isGranted(granted, join(root, 'other.jsonl'))).toBe(false)
    expect(isGranted(granted, root)).toBe(false)
    expect(isGranted(granted, join(root, 'brat', '..', 'secret.txt'))).toBe(false)
    expect(isGranted(granted, join(root, 'brat-copy', 'doc.ann'))).toBe(false)
  })
})

describe('HTML as article text', () => {
  it('decodes entities and keeps headings as written', () => {
    expect(htmlToArticleText('<h2>Hà Nội &amp; Huế</h2><p>5 &lt; 6&hellip;</p>')).toBe(
      'Hà Nội & Huế\n\n5 < 6…',
    )
  })

  it('keeps a link as its words only and drops images, templates and noscript', () => {
    expect(
      htmlToArticleText(
        '<p>See <a href="https://x.example/a">the report</a><img src="x.png" alt="chart">.</p><template>t</template><noscript>Enable JS</noscript>',
      ),
    ).toBe('See the report.')
  })

  it('lays out a table as rows of cells', () => {
    expect(
      htmlToArticleText(
        '<table><tr><th>Year</th><th>Riders</th></tr><tr><td>2025</td><td>8%</td></tr></table>',
      ),
    ).toBe('Year   Riders\n2025   8%')
  })

  it('finds no title in a page without <title> or headings', () => {
    expect(htmlTitle('<p>Just text</p>')).toBe(null)
    expect(htmlTitle('<title>  </title><h3>Third-level   heading</h3>')).toBe('Third-level heading')
  })
})
