import type { IncomingMessage, ServerResponse } from 'node:http'

import { dispatch, isEndpointName } from '../contract/dispatch'
import type { Handlers } from '../contract/endpoints'
import { readBody } from './read-body'
import { hasToken } from './request-guards'
import { sendError, sendResult } from './send'

/**
 * Uploads travel as base64 inside JSON (4/3 of their size): 96 MiB of body carries about
 * 70 MB of article files in one `importUploads` call.
 */
export const MAX_BODY_BYTES = 96 * 1024 * 1024

export interface ApiContext {
  readonly handlers: Handlers
  readonly token: string
}

/** `POST /api/<name>`: token, endpoint name, JSON body, then the contract's `dispatch`. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  context: ApiContext,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume()
    sendError(
      res,
      405,
      { code: 'invalid-input', message: 'API calls use POST.' },
      { allow: 'POST' },
    )
    return
  }
  if (!hasToken(req.headers['x-gloss-token'], context.token)) {
    req.resume()
    sendError(res, 403, {
      code: 'forbidden',
      message: 'This request did not carry the token of this Gloss session.',
      hint: 'Open Gloss with the full address it printed when it started (it ends in ?token=...).',
    })
    return
  }
  if (!isEndpointName(name)) {
    req.resume()
    sendError(res, 404, { code: 'not-found', message: `Unknown endpoint "${name}".` })
    return
  }
  const contentType = req.headers['content-type'] ?? ''
  if (!/^application\/json(\s*;|$)/i.test(contentType)) {
    req.resume()
    sendError(res, 415, { code: 'invalid-input', message: 'API calls send JSON.' })
    return
  }
  const body = await readBody(req, MAX_BODY_BYTES)
  if (!body.ok) {
    if (body.reason === 'too-large') {
      sendError(res, 413, {
        code: 'invalid-input',
        message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`,
        hint: 'Import fewer or smaller files at a time.',
      })
    }
    return
  }
  let raw: unknown
  try {
    raw = body.text.trim() === '' ? undefined : JSON.parse(body.text)
  } catch {
    sendError(res, 400, { code: 'invalid-input', message: `Invalid input for ${name}: not JSON.` })
    return
  }
  sendResult(res, 200, await dispatch(context.handlers, name, raw))
}
