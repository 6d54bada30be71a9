import type { IncomingMessage } from 'node:http'

export type BodyResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-large' | 'aborted' }

/** Reads a request body as UTF-8, giving up as soon as it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    req.resume()
    return Promise.resolve({ ok: false, reason: 'too-large' })
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const settle = (result: BodyResult): void => {
      if (settled) return
      settled = true
      resolve(result)
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        chunks.length = 0
        // Keep draining so the refusal can still be written back on this connection.
        req.resume()
        settle({ ok: false, reason: 'too-large' })
        return
      }
      if (!settled) chunks.push(chunk)
    })
    req.on('end', () => settle({ ok: true, text: Buffer.concat(chunks).toString('utf8') }))
    req.on('error', () => settle({ ok: false, reason: 'aborted' }))
    req.on('aborted', () => settle({ ok: false, reason: 'aborted' }))
  })
}
