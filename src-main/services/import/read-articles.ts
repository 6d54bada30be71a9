import { extname } from 'node:path'

import { parseCorpus } from '../../core/formats/parse-corpus'
import { titleFromText } from '../../core/text/document-title'
import { normalizeText } from '../../core/text/normalize-text'
import { htmlTitle, htmlToArticleText } from './html-text'

/** One article found in a file: its normalised text, title and where it came from. */
export interface Article {
  readonly text: string
  readonly title: string
  /** The name the index records as the source: the file name, `#id` for a corpus record. */
  readonly sourceName: string
}

export interface ArticlesRead {
  readonly articles: readonly Article[]
  /** Records of a corpus that could not be read, e.g. `line 4: "text" is nothing, ...`. */
  readonly refusals: readonly string[]
}

/**
 * The articles in a decoded file: `.html`/`.htm` converted to readable text (never rendered),
 * `.json`/`.jsonl` corpora one article per record with a `text` field (`title` and `id` kept),
 * anything else (.txt, .md) as text. Texts are normalised (DESIGN.md §4).
 */
export function readArticles(name: string, decoded: string): ArticlesRead {
  const extension = extname(name).toLowerCase()
  if (extension === '.html' || extension === '.htm') {
    const text = normalizeText(htmlToArticleText(decoded))
    const title = htmlTitle(decoded)
    return {
      articles: [{ text, title: titleFromText(title ?? text, name), sourceName: name }],
      refusals: [],
    }
  }
  if (extension === '.json' || extension === '.jsonl') {
    const corpus = parseCorpus({ name, text: decoded })
    return {
      articles: corpus.documents.map((record) => ({
        text: record.text,
        title: titleFromText(record.title ?? record.text, name),
        sourceName: record.sourceId === undefined ? name : `${name}#${record.sourceId}`,
      })),
      refusals: corpus.problems.map((problem) => problem.message),
    }
  }
  const text = normalizeText(decoded)
  return { articles: [{ text, title: titleFromText(text, name), sourceName: name }], refusals: [] }
}
