import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { staleReason } from '../../../scripts/ensure-build.mjs'

const OUTPUTS = [
  'out/main/index.js',
  'out/main/web.js',
  'out/main/cli.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]

let root: string

const touch = async (file: string, seconds: number): Promise<void> => {
  const path = join(root, file)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, '')
  await utimes(path, seconds, seconds)
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-ensure-build-'))
  await touch('package.json', 1_000)
  await touch('electron.vite.config.ts', 1_000)
  await touch('src-main/web/server.ts', 1_000)
  await touch('src-renderer/main.tsx', 1_000)
  for (const dir of ['src-main', 'src-main/web', 'src-renderer']) {
    await utimes(join(root, dir), 1_000, 1_000)
  }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('staleReason', () => {
  it('asks for a build when out/ is missing', async () => {
    expect(staleReason(root)).toBe('out/main/index.js is missing')
  })

  it('is null when every output is newer than every source', async () => {
    for (const file of OUTPUTS) await touch(file, 2_000)

    expect(staleReason(root)).toBeNull()
  })

  it('asks for a build when a source file changed after the build', async () => {
    for (const file of OUTPUTS) await touch(file, 2_000)
    await touch('src-main/web/server.ts', 3_000)

    expect(staleReason(root)).toBe('src-main changed since the last build')
  })

  it('asks for a build when one output is missing', async () => {
    for (const file of OUTPUTS.slice(0, -1)) await touch(file, 2_000)

    expect(staleReason(root)).toBe('out/renderer/index.html is missing')
  })
})
