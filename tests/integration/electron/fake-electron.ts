// A stand-in for the 'electron' module that records what the shell asks of it, so the main
// process can run in plain Node (requiring the real package there yields only a binary path).

type Listener = (...args: never[]) => unknown

export interface FakeFrame {
  readonly processId: number
  readonly routingId: number
  url: string
}

export class FakeWebContents {
  readonly listeners = new Map<string, Listener>()
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null
  readonly mainFrame: FakeFrame = { processId: 11, routingId: 1, url: '' }
  reloads = 0
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener)
    return this
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }
  reload(): void {
    this.reloads += 1
  }
  sendInputEvent(): void {}
}

export class FakeBrowserWindow {
  static readonly created: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  url = ''
  constructor(readonly options: Record<string, unknown>) {
    FakeBrowserWindow.created.push(this)
  }
  once(): this {
    return this
  }
  on(): this {
    return this
  }
  show(): void {}
  isDestroyed(): boolean {
    return false
  }
  isMinimized(): boolean {
    return false
  }
  loadURL(url: string): Promise<void> {
    this.url = url
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
}

export const recorded = {
  sandboxEnabled: false,
  userData: '',
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  appListeners: new Map<string, Listener>(),
  ipcHandlers: new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>(),
  permissionRequest: null as null | ((...args: never[]) => void),
  permissionCheck: null as null | ((...args: never[]) => boolean),
  beforeRequest: null as null | ((...args: never[]) => void),
  menuTemplate: null as null | readonly { label?: string; submenu?: { label?: string }[] }[],
  errors: [] as string[],
  /** The `message` of every dialog.showMessageBox, in order. */
  messageBoxes: [] as string[],
  openedExternally: [] as string[],
}

export const fakeElectron = {
  app: {
    isPackaged: false,
    setPath: (_name: string, path: string) => {
      recorded.userData = path
    },
    enableSandbox: () => {
      recorded.sandboxEnabled = true
    },
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => {
      recorded.appListeners.set(event, listener)
    },
    whenReady: () => Promise.resolve(),
    quit: () => {},
    exit: () => {},
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      recorded.privilegedSchemes.push(...schemes)
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      recorded.protocolHandlers.set(scheme, handler)
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: (...args: never[]) => void) => {
        recorded.permissionRequest = handler
      },
      setPermissionCheckHandler: (handler: (...args: never[]) => boolean) => {
        recorded.permissionCheck = handler
      },
      setDevicePermissionHandler: () => {},
      webRequest: {
        onBeforeRequest: (handler: (...args: never[]) => void) => {
          recorded.beforeRequest = handler
        },
      },
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, raw: unknown) => Promise<unknown>) => {
      recorded.ipcHandlers.set(channel, handler)
    },
    removeHandler: (channel: string) => {
      recorded.ipcHandlers.delete(channel)
    },
  },
  shell: {
    openExternal: async (url: string) => {
      recorded.openedExternally.push(url)
    },
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: {
    buildFromTemplate: (template: typeof recorded.menuTemplate) => ({ template }),
    setApplicationMenu: (menu: { template: typeof recorded.menuTemplate }) => {
      recorded.menuTemplate = menu.template
    },
  },
  dialog: {
    showErrorBox: (title: string, body: string) => {
      recorded.errors.push(`${title}: ${body}`)
    },
    showMessageBox: async (...args: unknown[]) => {
      const options = args.at(-1) as { message?: string }
      recorded.messageBoxes.push(options.message ?? '')
      return { response: 0 }
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
  },
}
