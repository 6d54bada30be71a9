import { BrowserWindow } from 'electron'

export interface MainWindowOptions {
  /** The bundled, sandboxed preload (`out/preload/index.cjs`). */
  readonly preload: string
  readonly icon: string
  /** `app://bundle/index.html`, or the Vite dev server in development. */
  readonly url: string
}

/**
 * The one Gloss window, shown once its first paint is ready so it never flashes white.
 * The security settings (DESIGN.md §6) are written inline on purpose: Electronegativity reads
 * only a literal `webPreferences` inside `new BrowserWindow(...)`; a shared constant or a
 * spread makes it report every setting as missing. A unit test asserts the exact object.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Gloss',
    icon: options.icon,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload: options.preload,
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
      // Middle-click on a link would otherwise open a window without `window.open`.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.url)
  return window
}
