import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

// The shared corpus holds real articles of the kind analysts load; the bench reads them in
// place (never copied into the repo) and falls back to invented text where it is absent.
let corpusDir = resolve(
  process.env.GLOSS_CORPUS ?? join(import.meta.dirname, '../../shared/corpus/articles'),
)

/** Reads the articles from `dir` from now on (`npm run bench -- --corpus <folder>`). */
export function useCorpus(dir: string): void {
  corpusDir = resolve(dir)
}

const FALLBACK =
  'The ministry said 76,000 people had crossed since 2018. Officials will increase intelligence-sharing ' +
  'to tackle visa abuse, and the minister claimed that illegal migration is a global problem. 🙂 Hà Nội.\n'

export function corpusArticles(): readonly string[] {
  if (!existsSync(corpusDir)) return [FALLBACK]
  const files = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  return files.map((name) => readFileSync(join(corpusDir, name), 'utf8'))
}

/** A text of exactly `length` UTF-16 units built from the corpus, cut at a safe boundary. */
export function textOfLength(length: number): string {
  const articles = corpusArticles()
  let text = ''
  for (let i = 0; text.length < length; i++) text += articles[i % articles.length] + '\n'
  let cut = length
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1
  return text.slice(0, cut)
}

export const corpusSource = (): string => (existsSync(corpusDir) ? corpusDir : 'built-in sample')
