import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { serveAppRequest } from '../../../src-main/electron/app-protocol'
import { RENDERER_CSP } from '../../../src-main/web/renderer-files'

let base: string
let root: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'gloss-app-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Gloss</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'export {}')
  await writeFile(join(base, 'secret.txt'), 'outside')
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('serveAppRequest', () => {
  it('serves index.html with the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, new Request('app://bundle/index.html'))

    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>Gloss</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves scripts as JavaScript', async () => {
    const response = await serveAppRequest(root, new Request('app://bundle/assets/app.js'))

    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    ['a file outside the renderer folder', 'app://bundle/%2e%2e/secret.txt'],
    ['a missing file', 'app://bundle/missing.js'],
    ['another host on our scheme', 'app://other/index.html'],
  ])('answers 404 for %s', async (_why, url) => {
    const response = await serveAppRequest(root, new Request(url))

    expect(response.status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(
      root,
      new Request('app://bundle/index.html', { method: 'POST', body: 'x' }),
    )

    expect(response.status).toBe(405)
  })
})
