import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

describe('the Electronegativity gate', () => {
  // Its translations lookup times out softly when offline, and the scan parses TypeScript.
  it('finds nothing blocking in the Electron shell and the page it loads', () => {
    const run = spawnSync(process.execPath, ['scripts/security-gate.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    })

    expect(run.stdout).toContain('security gate: passed')
    expect(run.stdout).not.toContain('BLOCK')
    expect(run.status).toBe(0)
  }, 60_000)

  it('fails on a shell that turns the sandbox and context isolation off', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/security-gate.mjs', 'tests/integration/security/insecure-shell'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    )

    expect(run.stdout).toContain('BLOCK CONTEXT_ISOLATION_JS_CHECK')
    expect(run.stdout).toContain('BLOCK SANDBOX_JS_CHECK')
    expect(run.status).toBe(1)
  }, 60_000)
})
