import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  contentTypeFor,
  RENDERER_CSP,
  resolveRendererFile,
} from '../../../src-main/web/renderer-files'

let base: string
let root: string

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'gloss-renderer-files-')))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'outside the renderer')
})

afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('resolveRendererFile', () => {
  it('maps / to index.html', async () => {
    expect(await resolveRendererFile(root, '/')).toBe(join(root, 'index.html'))
  })

  it('maps a path to the file inside the renderer folder', async () => {
    expect(await resolveRendererFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
  })

  it('decodes percent-escapes in names', async () => {
    await writeFile(join(root, 'assets', 'a b.css'), '')
    expect(await resolveRendererFile(root, '/assets/a%20b.css')).toBe(
      join(root, 'assets', 'a b.css'),
    )
  })

  it.each([
    ['a parent segment', '/../secret.txt'],
    ['an encoded parent segment', '/%2e%2e/secret.txt'],
    ['an encoded slash', '/assets%2f..%2f..%2fsecret.txt'],
    ['a backslash', '/..\\secret.txt'],
    ['an encoded NUL', '/index.html%00.js'],
    ['a malformed escape', '/%E0%A4%A'],
    ['a missing file', '/nope.js'],
    ['a folder', '/assets'],
  ])('refuses %s', async (_why, pathname) => {
    expect(await resolveRendererFile(root, pathname)).toBeNull()
  })

  it('refuses a symbolic link that leads outside the folder', async () => {
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
    expect(await resolveRendererFile(root, '/assets/link.txt')).toBeNull()
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['data.bin', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type)
  })
})

describe('RENDERER_CSP', () => {
  it('allows scripts and styles from the bundle only and denies everything else by default', () => {
    expect(RENDERER_CSP.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "frame-src 'none'",
    ])
  })
})
