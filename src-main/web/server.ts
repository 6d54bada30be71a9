import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Handlers } from '../contract/endpoints'
import { handleApiRequest } from './api-route'
import { isLoopbackHost, isOwnOrigin } from './request-guards'
import { sendText } from './send'
import { handleStaticRequest } from './static-route'

export interface WebServerOptions {
  readonly handlers: Handlers
  /** The built renderer (`out/renderer`); nothing outside it is ever served. */
  readonly rendererDir: string
  /** The per-run secret every API call must carry in `x-gloss-token`. */
  readonly token: string
}

export interface WebServer {
  /** Starts listening on 127.0.0.1 (port 0 picks a free one); resolves to the port. */
  listen(port?: number): Promise<number>
  /** Stops accepting requests, lets running ones finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>
}

const API_PREFIX = '/api/'

/**
 * The browser host: the renderer and the API contract over HTTP, for loopback only.
 * `POST /api/<name>` runs the same `dispatch` the Electron IPC uses.
 */
export function createWebServer(options: WebServerOptions): WebServer {
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      process.stderr.write(`gloss: request failed: ${String(error)}\n`)
      if (!res.headersSent) sendText(res, 500, 'Internal error.')
      else res.destroy()
    })
  })

  const port = (): number => (server.address() as AddressInfo).port

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req.headers.host, port())) {
      req.resume()
      sendText(res, 403, 'Gloss answers only to 127.0.0.1 and localhost.')
      return
    }
    if (!isOwnOrigin(req.headers.origin, port())) {
      req.resume()
      sendText(res, 403, 'Gloss answers only to its own page.')
      return
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (pathname.startsWith(API_PREFIX)) {
      await handleApiRequest(req, res, pathname.slice(API_PREFIX.length), options)
      return
    }
    await handleStaticRequest(req, res, pathname, options.rendererDir)
  }

  return {
    listen: (requested = 0) =>
      new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(requested, '127.0.0.1', () => {
          server.off('error', reject)
          resolve(port())
        })
      }),
    close: (graceMs = 5_000) =>
      new Promise((resolve) => {
        if (!server.listening) {
          resolve()
          return
        }
        const force = setTimeout(() => server.closeAllConnections(), graceMs)
        // A keep-alive connection whose response is just finishing becomes idle a moment
        // after close(); without sweeping, it would hold the server open until it times out.
        const sweep = setInterval(() => server.closeIdleConnections(), 20)
        server.close(() => {
          clearTimeout(force)
          clearInterval(sweep)
          resolve()
        })
        server.closeIdleConnections()
      }),
  }
}
