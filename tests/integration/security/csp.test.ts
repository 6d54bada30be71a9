import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { serveAppRequest } from '../../../src-main/electron/app-protocol'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { RENDERER_CSP } from '../../../src-main/web/renderer-files'
import { createWebServer } from '../../../src-main/web/server'
import { cspProblems, metaCspOf } from '../../support/csp-check'

// The built page (out/renderer/index.html) is checked by tests/e2e/web/csp.spec.ts, which
// runs after `npm run build`; here the page's source goes through both shells.
const SOURCE_PAGE = fileURLToPath(new URL('../../../src-renderer/index.html', import.meta.url))

let root: string
let rendererDir: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-csp-'))
  rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await copyFile(SOURCE_PAGE, join(rendererDir, 'index.html'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('the Content-Security-Policy, checked by the CSP Evaluator and Gloss rules', () => {
  it('has no finding in the header the app:// protocol handler sends', async () => {
    const response = await serveAppRequest(rendererDir, new Request('app://bundle/index.html'))

    expect(response.status).toBe(200)
    expect(cspProblems(response.headers.get('content-security-policy') ?? '')).toEqual([])
  })

  it('has no finding in the header the browser host sends', async () => {
    const appState = await openAppState(join(root, 'data'))
    const handlers = createHandlers({ ports: { host: 'web' }, appState, annotator: 'ana' })
    const server = createWebServer({ handlers, rendererDir, token: 'csp-test-token' })
    const port = await server.listen(0)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`)

      expect(response.status).toBe(200)
      expect(cspProblems(response.headers.get('content-security-policy') ?? '')).toEqual([])
    } finally {
      await server.close()
    }
  })

  it("has no finding in the page's own <meta> policy", async () => {
    const policy = metaCspOf(await readFile(SOURCE_PAGE, 'utf8'))

    expect(policy).not.toBeNull()
    expect(cspProblems(policy ?? '')).toEqual([])
  })

  it("fails a policy weakened with 'unsafe-inline' scripts", () => {
    const weakened = RENDERER_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")

    expect(cspProblems(weakened)).toEqual([
      "HIGH script-src 'unsafe-inline': 'unsafe-inline' allows the execution of unsafe in-page scripts and event handlers.",
      "GLOSS script-src 'unsafe-inline': Gloss allows no 'unsafe-' source.",
    ])
  })

  it('fails inline styles, which the Evaluator alone lets through (CSS can exfiltrate text)', () => {
    const weakened = RENDERER_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

    expect(cspProblems(weakened)).toEqual([
      "GLOSS style-src 'unsafe-inline': Gloss allows no 'unsafe-' source.",
    ])
  })

  it("fails a policy weakened with 'unsafe-eval' (graded only MEDIUM_MAYBE)", () => {
    const weakened = RENDERER_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")

    expect(cspProblems(weakened)).toEqual([
      "MEDIUM_MAYBE script-src 'unsafe-eval': 'unsafe-eval' allows the execution of code injected into DOM APIs such as eval().",
      "GLOSS script-src 'unsafe-eval': Gloss allows no 'unsafe-' source.",
    ])
  })

  it('fails a policy that lets plugins load from its own origin (no object-src)', () => {
    const weakened = RENDERER_CSP.replace("default-src 'none'", "default-src 'self'").replace(
      "; object-src 'none'",
      '',
    )

    expect(cspProblems(weakened)).toEqual([
      "HIGH_MAYBE object-src: Can you restrict object-src to 'none'?",
      "GLOSS object-src: must be exactly 'none'.",
    ])
  })

  it('fails a misspelt directive, which a browser would silently ignore', () => {
    expect(cspProblems(`${RENDERER_CSP}; scirpt-src 'self'`)).toEqual([
      'SYNTAX scirpt-src: Directive "scirpt-src" is not a known CSP directive.',
    ])
  })
})
