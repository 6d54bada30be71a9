import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { electronBinaryInstalled, electronBinaryPath } from '../../../scripts/electron-binary.mjs'

let root: string
let pkg: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-electron-binary-'))
  pkg = join(root, 'node_modules', 'electron')
  await mkdir(pkg, { recursive: true })
  vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', '')
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(root, { recursive: true, force: true })
})

describe('electronBinaryPath', () => {
  it('is null when the installer never wrote path.txt (download failed)', () => {
    expect(electronBinaryPath(root)).toBeNull()
    expect(electronBinaryInstalled(root)).toBe(false)
  })

  it('is null when path.txt names a binary that is not there', async () => {
    await writeFile(join(pkg, 'path.txt'), 'electron')

    expect(electronBinaryPath(root)).toBeNull()
  })

  it('is the binary under dist/ when it was downloaded', async () => {
    await writeFile(join(pkg, 'path.txt'), 'electron')
    await mkdir(join(pkg, 'dist'))
    await writeFile(join(pkg, 'dist', 'electron'), '')

    expect(electronBinaryPath(root)).toBe(join(pkg, 'dist', 'electron'))
    expect(electronBinaryInstalled(root)).toBe(true)
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const dist = join(root, 'custom-dist')
    await mkdir(dist)
    await writeFile(join(dist, 'electron'), '')
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dist)

    expect(electronBinaryPath(root)).toBe(join(dist, 'electron'))
  })
})
