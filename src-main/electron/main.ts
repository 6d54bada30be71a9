import { join, resolve } from 'node:path'

import { app, type BrowserWindow, dialog, Menu, protocol, session } from 'electron'

import { dispatch } from '../contract/dispatch'
import { openAppState, resolveStartupProject } from '../services/app-state'
import { createHandlers } from '../services/handlers'
import { nameThisProgram } from '../services/locks/lock-holder'
import { jsonFiles } from '../services/storage/json-file'
import { APP_SCHEME, APP_START_URL, isAllowedRequest, isAppUrl } from './app-origin'
import { serveAppRequest } from './app-protocol'
import { startupFolderFromArgv } from './argv'
import { createShellPorts } from './dialogs'
import { externalLinkPorts } from './external-link-ports'
import { createExternalLinkOpener } from './external-links'
import { hardenSession, hardenWebContents } from './guards'
import { loadIpcMain, registerIpc } from './ipc'
import { buildMenu } from './menu'
import { createMenuActions } from './menu-actions'
import { showMessageBoxOn } from './message-box'
import { createSenderCheck } from './trusted-sender'
import { createMainWindow } from './window'
import { mergeDriverCommand } from '../services/sync/merge-driver-command'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const rendererDir = join(import.meta.dirname, '../renderer')

// A separate Chromium profile per data folder keeps test runs (and their single-instance
// locks) apart from the analyst's own Gloss.
const dataDir = process.env['GLOSS_DATA_DIR']
if (dataDir) app.setPath('userData', join(resolve(dataDir), 'electron-profile'))

app.enableSandbox()
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

// One process owns the project's files: a second `npm start` focuses this window instead.
// (Another data folder is another instance: the project's layer lock refuses it.)
nameThisProgram('Gloss (desktop app)')
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let window: BrowserWindow | null = null
  const getWindow = (): BrowserWindow | null => window

  app.on('second-instance', () => {
    if (window === null) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  const offerLink = createExternalLinkOpener(externalLinkPorts(getWindow))
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(
      contents,
      (url) => isAppUrl(url, devServerUrl),
      (url) => void offerLink(url),
    ),
  )
  app.on('window-all-closed', () => app.quit())

  const start = async (): Promise<void> => {
    hardenSession(session.defaultSession, (url) => isAllowedRequest(url, devServerUrl))
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request))

    const appState = await openAppState()
    const requested = startupFolderFromArgv(process.argv, app.isPackaged)
    const project = await resolveStartupProject(
      appState,
      requested === undefined ? undefined : resolve(requested),
    )
    const quitting = new AbortController()
    app.on('will-quit', () => quitting.abort())
    // Edits still in edit logs go into their files before the app goes, so the folder is tidy
    // for git and colleagues (every Gloss reads the logs anyway).
    let folded = false
    app.on('before-quit', (event) => {
      if (folded) return
      event.preventDefault()
      void jsonFiles
        .foldAll()
        .catch(() => undefined)
        .finally(() => {
          folded = true
          app.quit()
        })
    })
    const handlers = createHandlers({
      ports: createShellPorts(getWindow),
      appState,
      stopped: quitting.signal,
      sampleDir: join(import.meta.dirname, '../../resources/sample'),
      mergeDriver: mergeDriverCommand(join(import.meta.dirname, 'cli.js'), 'electron'),
    })
    // Through the contract, like the File menu: it becomes the remembered last project, and a
    // folder that cannot be opened is reported instead of failing later on first use.
    // No project on the first run: the window's welcome screen offers one.
    const opened =
      project === undefined
        ? undefined
        : await dispatch(handlers, 'openProject', { path: project, create: true })
    registerIpc(await loadIpcMain(), handlers, createSenderCheck(getWindow, devServerUrl))

    window = createMainWindow({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      icon: join(import.meta.dirname, '../../resources/icon.png'),
      url: devServerUrl ?? APP_START_URL,
    })
    window.on('closed', () => {
      window = null
    })

    const actions = createMenuActions({
      handlers,
      reload: () => getWindow()?.webContents.reload(),
      showMessage: async ({ kind, title, detail }) => {
        await showMessageBoxOn(getWindow, { type: kind, title, message: title, detail })
      },
      confirm: async ({ title, detail, confirmLabel }) => {
        const response = await showMessageBoxOn(getWindow, {
          type: 'question',
          title,
          message: title,
          detail,
          buttons: [confirmLabel, 'Cancel'],
          defaultId: 0,
          cancelId: 1,
        })
        return response === 0
      },
    })
    Menu.setApplicationMenu(buildMenu(actions, getWindow, devServerUrl !== undefined))

    if (opened?.ok === false) {
      const { message, hint } = opened.error
      dialog.showErrorBox(
        'Gloss could not open the project',
        [message, hint].filter(Boolean).join('\n'),
      )
    }
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Gloss could not start',
        error instanceof Error ? error.message : String(error),
      )
      app.exit(1)
    })
}
