import { beforeEach, describe, expect, it, vi } from 'vitest'

// Requiring the real 'electron' package in Node yields only a path to the binary; this fake
// BrowserWindow records what the shell asks for instead.
const created = vi.hoisted(() => ({ options: [] as unknown[], urls: [] as string[] }))
vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents = {}
    constructor(options: unknown) {
      created.options.push(options)
    }
    once(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      created.urls.push(url)
      return Promise.resolve()
    }
  },
}))

const { createMainWindow } = await import('../../../src-main/electron/window')

beforeEach(() => {
  created.options.length = 0
  created.urls.length = 0
})

describe('createMainWindow', () => {
  it('creates the window with exactly these webPreferences (DESIGN.md §6)', () => {
    createMainWindow({ preload: '/app/out/preload/index.cjs', icon: '/app/icon.png', url: 'x' })

    // Electronegativity misses nodeIntegration when a sandbox key is present: this is the backstop.
    expect(created.options[0]).toMatchObject({ show: false, icon: '/app/icon.png' })
    expect((created.options[0] as { webPreferences: unknown }).webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    })
  })

  it('loads the URL it is given', () => {
    createMainWindow({ preload: 'p', icon: 'i', url: 'app://bundle/index.html' })

    expect(created.urls).toEqual(['app://bundle/index.html'])
  })
})
