import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { basename } from 'node:path'

import { contentTypeFor, RENDERER_HEADERS, resolveRendererFile } from './renderer-files'
import { sendText } from './send'

/** `GET`/`HEAD` for the built renderer, confined to `rendererDir`, with the CSP on every file. */
export async function handleStaticRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD')
    sendText(res, 405, 'Method not allowed.')
    return
  }
  const file = await resolveRendererFile(rendererDir, pathname)
  if (file === null) {
    sendText(res, 404, 'Not found.')
    return
  }
  const { size } = await stat(file)
  res.writeHead(200, {
    ...RENDERER_HEADERS,
    'content-type': contentTypeFor(file),
    'content-length': size,
    // Hashed asset names can be cached; the page itself must always be fresh after a rebuild.
    'cache-control': basename(file) === 'index.html' ? 'no-store' : 'no-cache',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}
