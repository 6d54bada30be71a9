import type { Handlers } from '../../../../src-main/contract/endpoints'
import { ARTICLE_NAME } from '../../../support/harbour-article'
import { ok } from './project-fixture'

export { ARTICLE_NAME, FIRST_VERSION, SECOND_VERSION } from '../../../support/harbour-article'

/** Uploads `text` as the article's file (or as `name`), as the browser would. */
export async function uploadArticle(handlers: Handlers, text: string, name = ARTICLE_NAME) {
  const base64 = Buffer.from(text, 'utf8').toString('base64')
  return ok(handlers, 'importUploads', { files: [{ name, base64 }] })
}
