import { type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'

import type { MenuActions } from './menu-actions'

const isMac = process.platform === 'darwin'

/**
 * Undo, redo, find and the key sheet belong to the page (undo is its own history of span
 * edits, saved like any edit), so the menu items replay the page's shortcut instead of
 * running Chromium's. `registerAccelerator: false` shows the shortcut without taking the key
 * from the page.
 */
const replayShortcut =
  (
    getWindow: () => BrowserWindow | null,
    keyCode: string,
    chord: { mod?: boolean; shift?: boolean },
  ) =>
  (): void => {
    const contents = getWindow()?.webContents
    if (!contents) return
    const modifiers: ('meta' | 'control' | 'shift')[] = []
    if (chord.mod) modifiers.push(isMac ? 'meta' : 'control')
    if (chord.shift) modifiers.push('shift')
    contents.sendInputEvent({ type: 'keyDown', keyCode, modifiers })
    contents.sendInputEvent({ type: 'keyUp', keyCode, modifiers })
  }

/** The page sizes the article text itself (and remembers it): Chromium's page zoom stays off. */
const textSizeItems = (getWindow: () => BrowserWindow | null): MenuItemConstructorOptions[] =>
  (
    [
      ['Larger Text', 'CmdOrCtrl+=', '='],
      ['Smaller Text', 'CmdOrCtrl+-', '-'],
      ['Actual Text Size', 'CmdOrCtrl+0', '0'],
    ] as const
  ).map(([label, accelerator, key]) => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: replayShortcut(getWindow, key, { mod: true }),
  }))

const run = (action: () => Promise<void>) => (): void => void action()

/** The application menu: File commands through the contract, Edit, View (text size; tools in dev). */
export function buildMenu(
  actions: MenuActions,
  getWindow: () => BrowserWindow | null,
  isDev: boolean,
): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+Shift+N', click: run(actions.newProject) },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: run(actions.openProject) },
        { type: 'separator' },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: run(actions.importFiles) },
        { label: 'Import Folder…', click: run(actions.importFolder) },
        { label: "Merge Colleague's Project…", click: run(actions.mergeProject) },
        { type: 'separator' },
        { label: 'Export JSONL…', accelerator: 'CmdOrCtrl+E', click: run(actions.exportJsonl) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Team sync… itself is the window's Share menu (a remote needs a text field).
      label: 'Share',
      submenu: [
        {
          label: 'Sync',
          accelerator: 'CmdOrCtrl+Shift+S',
          registerAccelerator: false,
          click: replayShortcut(getWindow, 'S', { mod: true, shift: true }),
        },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: replayShortcut(getWindow, 'Z', { mod: true }),
        },
        {
          label: 'Redo',
          accelerator: 'CmdOrCtrl+Shift+Z',
          registerAccelerator: false,
          click: replayShortcut(getWindow, 'Z', { mod: true, shift: true }),
        },
        { type: 'separator' },
        {
          label: 'Find in Document…',
          accelerator: 'CmdOrCtrl+F',
          registerAccelerator: false,
          click: replayShortcut(getWindow, 'F', { mod: true }),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...textSizeItems(getWindow),
        ...(isDev
          ? ([
              { type: 'separator' },
              { role: 'reload' },
              { role: 'forceReload' },
              { role: 'toggleDevTools' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          accelerator: 'F1',
          registerAccelerator: false,
          click: replayShortcut(getWindow, 'F1', {}),
        },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}
