import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { GuidelineMarkdown } from '../../../src-renderer/guidelines/guideline-markdown'

const render = (markdown: string): string =>
  renderToStaticMarkup(createElement(GuidelineMarkdown, { markdown }))
    .replace(/^<div class="guideline-markdown" data-testid="guideline-markdown">/u, '')
    .replace(/<\/div>$/u, '')

describe('GuidelineMarkdown', () => {
  it('renders headings, emphasis and lists as elements', () => {
    expect(render('# Claims\n\nMark **whole** clauses.\n\n- one\n- two')).toBe(
      '<h1>Claims</h1>\n<p>Mark <strong>whole</strong> clauses.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    )
  })

  it('shows a script block as inert text', () => {
    expect(render('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('shows an inline img with an onerror handler as inert text', () => {
    expect(render('See <img src=x onerror="alert(1)"> here')).toBe(
      '<p>See &lt;img src=x onerror=&quot;alert(1)&quot;&gt; here</p>',
    )
  })

  it('shows a javascript: link as text without an address', () => {
    expect(render('[click me](javascript:alert(1))')).toBe(
      '<p><span class="guideline-inert-link">click me</span></p>',
    )
  })

  it('never loads an image: its description is shown instead', () => {
    expect(render('![the chart](https://example.org/chart.png)')).toBe(
      '<p><span class="guideline-image">[image: the chart]</span></p>',
    )
  })

  it('links an https address, to open in a new window the host asks about', () => {
    expect(render('[style guide](https://example.org/guide)')).toBe(
      '<p><a href="https://example.org/guide" target="_blank" rel="noreferrer noopener">style guide</a></p>',
    )
  })

  it('shows a plain http address as text', () => {
    expect(render('[old](http://example.org/)')).toBe(
      '<p><span class="guideline-inert-link">old</span></p>',
    )
  })
})
