import { readFile } from 'node:fs/promises'

import { contentTypeFor, RENDERER_HEADERS, resolveRendererFile } from '../web/renderer-files'
import { APP_HOST, APP_SCHEME } from './app-origin'

const refuse = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  })

/**
 * Answers one `app://bundle/...` request from the built renderer folder, with the same CSP
 * and confinement as the browser host: nothing outside `rendererDir` is ever read.
 */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'Not found.')
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Not allowed.')
  const file = await resolveRendererFile(rendererDir, url.pathname)
  if (file === null) return refuse(404, 'Not found.')
  const body = request.method === 'HEAD' ? null : await readFile(file)
  return new Response(body, {
    status: 200,
    headers: { ...RENDERER_HEADERS, 'content-type': contentTypeFor(file) },
  })
}
