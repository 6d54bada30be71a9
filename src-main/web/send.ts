import type { ServerResponse } from 'node:http'

import type { GlossError, Result } from '../core/result'

const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }

/** Every API answer is a `Result` in JSON, whatever the status, so the client reads one shape. */
export function sendResult(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: Readonly<Record<string, string>> = {},
): void {
  const body = JSON.stringify(result)
  res.writeHead(status, {
    ...NO_STORE,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  })
  res.end(body)
}

export const sendError = (
  res: ServerResponse,
  status: number,
  error: GlossError,
  headers?: Readonly<Record<string, string>>,
): void => sendResult(res, status, { ok: false, error }, headers)

/** Plain-text refusals for requests that are not API calls (wrong host, missing file). */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...NO_STORE,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}
