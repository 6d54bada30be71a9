import { convert, type HtmlToTextOptions, type SelectorDefinition } from 'html-to-text'

import { MAX_IMPORT_BYTES } from './import-rules'

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

const headingsAsWritten: SelectorDefinition[] = HEADINGS.map((selector) => ({
  selector,
  options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 },
}))

// The article as a reader sees it: block elements on their own lines, links as their words
// only (no URLs appended), no images, tables as rows of cells. Scripts, styles and <head>
// never produce text; <template> and <noscript> are not shown to a reader either.
const ARTICLE: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxInputLength: MAX_IMPORT_BYTES },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'template', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ...headingsAsWritten,
  ],
}

// The title: the <title> element, else the first heading; nothing else.
const TITLE: HtmlToTextOptions = {
  wordwrap: false,
  limits: { maxInputLength: MAX_IMPORT_BYTES },
  baseElements: {
    selectors: ['title', ...HEADINGS],
    orderBy: 'selectors',
    returnDomByDefault: false,
  },
  selectors: headingsAsWritten,
}

/**
 * The readable text of an HTML page, converted as text and never rendered or run: block
 * elements (paragraphs, headings, list items, line breaks) become line breaks, inline markup
 * disappears, links keep only their words, entities are decoded, scripts and styles are
 * dropped.
 */
export function htmlToArticleText(html: string): string {
  return convert(html, ARTICLE)
}

/** The page's `<title>`, else its first heading, whitespace collapsed; `null` when neither has words. */
export function htmlTitle(html: string): string | null {
  for (const line of convert(html, TITLE).split('\n')) {
    const title = line.replace(/\s+/gu, ' ').trim()
    if (/[\p{L}\p{N}]/u.test(title)) return title
  }
  return null
}
