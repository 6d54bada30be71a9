import { describe, expect, it } from 'vitest'

import { startupFolderFromArgv } from '../../../src-main/electron/argv'

describe('startupFolderFromArgv', () => {
  it('finds the folder after the main script when unpackaged', () => {
    expect(startupFolderFromArgv(['electron', 'out/main/index.js', '/data/proj'], false)).toBe(
      '/data/proj',
    )
  })

  it('finds the folder right after the executable when packaged', () => {
    expect(startupFolderFromArgv(['/opt/Gloss/gloss', '/data/proj'], true)).toBe('/data/proj')
  })

  it('skips Chromium switches', () => {
    expect(
      startupFolderFromArgv(['electron', 'out/main/index.js', '--no-sandbox', 'proj'], false),
    ).toBe('proj')
  })

  it('is undefined when no folder was given', () => {
    expect(startupFolderFromArgv(['electron', 'out/main/index.js'], false)).toBeUndefined()
  })
})
