import { BrowserWindow } from 'electron'

import { WEB_PREFERENCES } from './web-preferences'

export interface MainWindowOptions {
  /** The bundled, sandboxed preload (`out/preload/index.cjs`). */
  readonly preload: string
  readonly icon: string
  /** `app://bundle/index.html`, or the Vite dev server in development. */
  readonly url: string
}

/** The one Gloss window, shown once its first paint is ready so it never flashes white. */
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
    webPreferences: { ...WEB_PREFERENCES, preload: options.preload },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.url)
  return window
}
