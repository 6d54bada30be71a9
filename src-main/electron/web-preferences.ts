/**
 * The window's security settings (DESIGN.md §6), kept apart from `window.ts` so a unit test
 * can assert them without loading Electron. Electronegativity misses `nodeIntegration` when a
 * `sandbox` key is present, so that test is the backstop.
 */
export const WEB_PREFERENCES = {
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
} as const
