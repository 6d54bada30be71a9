import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { MAX_BODY_BYTES } from '../../../src-main/web/api-route'
import { RENDERER_CSP } from '../../../src-main/web/renderer-files'
import { createWebServer, type WebServer } from '../../../src-main/web/server'

const TOKEN = 'web-server-test-token'

let root: string
let server: WebServer
let base: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-web-server-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {}')
  await writeFile(join(root, 'secret.txt'), 'not for the browser')
  const appState = await openAppState(join(root, 'data'))
  const handlers = createHandlers({ ports: { host: 'web' }, appState, annotator: 'ana' })
  server = createWebServer({ handlers, rendererDir, token: TOKEN })
  base = `http://127.0.0.1:${await server.listen(0)}`
})

afterEach(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

const api = (name: string, init: RequestInit = {}): Promise<Response> =>
  fetch(`${base}/api/${name}`, {
    method: 'POST',
    body: '{}',
    ...init,
    headers: { 'content-type': 'application/json', 'x-gloss-token': TOKEN, ...init.headers },
  })

interface Raw {
  readonly status: number
  readonly body: string
}

/** node:http, for what fetch will not send: a forged Host, a lying Content-Length. */
const raw = (path: string, headers: Record<string, string | number>, body = ''): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'POST', headers }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        req.destroy()
        resolve({ status: res.statusCode ?? 0, body: text })
      })
    })
    req.on('error', reject)
    req.write(body)
    // With a Content-Length larger than what was sent, the server must answer without waiting.
    if (Number(headers['content-length'] ?? 0) <= Buffer.byteLength(body)) req.end()
  })

describe('the browser host serves the built UI', () => {
  it('answers / with index.html, its CSP and nosniff', async () => {
    const response = await fetch(`${base}/?token=${TOKEN}`)

    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>Gloss</title>')
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('serves assets with their MIME type', async () => {
    const response = await fetch(`${base}/assets/app.js`)

    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('export {}')
  })

  it('never serves a file outside the renderer folder', async () => {
    const response = await fetch(`${base}/%2e%2e/secret.txt`)

    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Not found.')
  })

  it('refuses a non-loopback Host header (DNS rebinding)', async () => {
    const port = new URL(base).port
    const response = await raw('/api/getSession', {
      host: `attacker.example:${port}`,
      'content-type': 'application/json',
      'x-gloss-token': TOKEN,
    })

    expect(response).toEqual({
      status: 403,
      body: 'Gloss answers only to 127.0.0.1 and localhost.',
    })
  })
})

describe('the browser host API', () => {
  it('answers a call with the token with the handler Result', async () => {
    const response = await api('getSession')

    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({
      ok: true,
      value: { annotator: 'ana', project: null, host: 'web' },
    })
  })

  it('refuses a call from another origin even with the token', async () => {
    const response = await api('getSession', { headers: { origin: 'https://evil.example' } })

    expect(response.status).toBe(403)
    expect(await response.text()).toBe('Gloss answers only to its own page.')
  })

  it('refuses GET on an endpoint', async () => {
    const response = await fetch(`${base}/api/getSession`, { headers: { 'x-gloss-token': TOKEN } })

    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses a body that is not declared as JSON', async () => {
    const response = await api('getSession', { headers: { 'content-type': 'text/plain' } })

    expect(response.status).toBe(415)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses a body that is not JSON', async () => {
    const response = await api('getSession', { body: '{not json' })

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Invalid input for getSession: not JSON.' },
    })
  })

  it('refuses a body larger than the limit before reading it', async () => {
    const response = await raw(
      '/api/importUploads',
      {
        'content-type': 'application/json',
        'x-gloss-token': TOKEN,
        'content-length': MAX_BODY_BYTES + 1,
      },
      '{"files":',
    )

    expect(response.status).toBe(413)
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('takes bodies far larger than the default limits of common servers (8 MB)', async () => {
    const text = 'The minister will act. '.repeat(350_000)
    const files = [{ name: 'long.txt', base64: Buffer.from(text).toString('base64') }]
    await api('openProject', { body: JSON.stringify({ path: join(root, 'p'), create: true }) })

    const response = await api('importUploads', { body: JSON.stringify({ files }) })

    expect(await response.json()).toMatchObject({ ok: true, value: { imported: 1 } })
  })
})
