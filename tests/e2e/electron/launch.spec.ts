import { ENDPOINT_NAMES } from '../../../src-main/contract/endpoint-names'
import { expect, test } from './electron-fixture'

test('opens one window titled Gloss, served from app://bundle', async ({ electronApp, window }) => {
  await expect(window).toHaveTitle(/Gloss/)
  expect(window.url()).toMatch(/^app:\/\/bundle\//)
  expect(electronApp.windows()).toHaveLength(1)
})

test('the window is sandboxed, context-isolated and has no Node integration', async ({
  electronApp,
  window,
}) => {
  await window.waitForLoadState('load')

  const preferences = await electronApp.evaluate(({ BrowserWindow }) => {
    const [win] = BrowserWindow.getAllWindows()
    // Undocumented but stable: Electron's own specs read the effective preferences this way.
    const contents = win?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown>
    }
    const last = contents.getLastWebPreferences()
    return {
      contextIsolation: last['contextIsolation'],
      sandbox: last['sandbox'],
      nodeIntegration: last['nodeIntegration'],
      webSecurity: last['webSecurity'],
    }
  })

  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  })
})

test('the page sees only the gloss bridge: no require, no process', async ({ window }) => {
  const globals = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { gloss: object }).gloss).sort(),
  }))

  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridge: [...ENDPOINT_NAMES].sort(),
  })
})
