import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ENDPOINT_NAMES, ipcChannel } from '../../../src-main/contract/endpoint-names'
import { FakeBrowserWindow, FakeWebContents, recorded } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron)

let root: string
let project: string
let window: FakeBrowserWindow

// The shell's main module starts the app when imported, as Electron runs it: once per file.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-electron-main-'))
  project = join(root, 'project')
  vi.stubEnv('GLOSS_DATA_DIR', join(root, 'data'))
  process.argv = [process.argv[0] ?? 'node', 'out/main/index.js', '--no-sandbox', project]
  await import('../../../src-main/electron/main')
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1), { timeout: 10_000 })
  window = FakeBrowserWindow.created[0]!
})

afterAll(async () => {
  vi.unstubAllEnvs()
  await rm(root, { recursive: true, force: true })
})

const invoke = (name: string, event: unknown, raw: unknown = {}): Promise<unknown> =>
  recorded.ipcHandlers.get(ipcChannel(name as never))!(event, raw)

const fromWindow = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame })

describe('the Electron main process', () => {
  it('turns the sandbox on and registers app:// as a secure standard scheme before ready', () => {
    expect(recorded.sandboxEnabled).toBe(true)
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('keeps its Chromium profile under GLOSS_DATA_DIR', () => {
    expect(recorded.userData).toBe(join(root, 'data', 'electron-profile'))
  })

  it('opens (and creates) the project folder named on the command line', () => {
    expect(existsSync(join(project, 'gloss.json'))).toBe(true)
    expect(recorded.errors).toEqual([])
  })

  it('loads the UI from app://bundle with the bundled preload', () => {
    expect(window.url).toBe('app://bundle/index.html')
    const preferences = window.options['webPreferences'] as Record<string, unknown>
    expect(preferences['preload']).toMatch(/[\\/]preload[\\/]index\.cjs$/)
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
  })

  it('serves every contract endpoint over IPC to its window', async () => {
    expect([...recorded.ipcHandlers.keys()]).toEqual(ENDPOINT_NAMES.map(ipcChannel))
    expect(await invoke('getSession', fromWindow())).toMatchObject({
      ok: true,
      value: { host: 'electron', project: { path: project } },
    })
  })

  it('refuses IPC from a subframe', async () => {
    const subframe = { ...window.webContents.mainFrame, routingId: 2 }

    expect(
      await invoke('getSession', { sender: window.webContents, senderFrame: subframe }),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from the Gloss window.' },
    })
  })

  it('denies every permission request and check', () => {
    const granted: boolean[] = []
    recorded.permissionRequest!(...([null, 'media', (ok: boolean) => granted.push(ok)] as never[]))

    expect(granted).toEqual([false])
    expect(recorded.permissionCheck!()).toBe(false)
  })

  it('cancels requests to anything but its own files', () => {
    const decide = (url: string): unknown => {
      let answer: unknown
      recorded.beforeRequest!(...([{ url }, (response: unknown) => (answer = response)] as never[]))
      return answer
    }

    expect(decide('app://bundle/assets/app.js')).toEqual({ cancel: false })
    expect(decide('https://tracker.example/pixel.gif')).toEqual({ cancel: true })
  })

  it('stops any web contents from navigating away, opening windows or attaching webviews', () => {
    const contents = new FakeWebContents()
    recorded.appListeners.get('web-contents-created')!(...([{}, contents] as never[]))
    const navigate = (event: string, url: string): boolean => {
      let prevented = false
      contents.listeners.get(event)!(
        ...([{ url, preventDefault: () => (prevented = true) }] as never[]),
      )
      return prevented
    }

    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true)
    expect(navigate('will-navigate', 'app://bundle/index.html')).toBe(false)
    expect(navigate('will-frame-navigate', 'file:///etc/passwd')).toBe(true)
    expect(navigate('will-attach-webview', 'app://bundle/')).toBe(true)
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
  })

  it('offers an https link the page opens to the browser, after asking, and no other link', async () => {
    // Earlier tests followed links too; only what this one does is looked at.
    recorded.openedExternally.length = 0
    recorded.messageBoxes.length = 0
    const contents = new FakeWebContents()
    recorded.appListeners.get('web-contents-created')!(...([{}, contents] as never[]))
    const follow = (url: string): void => {
      contents.listeners.get('will-navigate')!(...([{ url, preventDefault: () => {} }] as never[]))
    }

    expect(contents.windowOpenHandler!({ url: 'https://example.com/report' })).toEqual({
      action: 'deny',
    })
    await vi.waitFor(() =>
      expect(recorded.openedExternally).toEqual(['https://example.com/report']),
    )
    follow('file:///etc/passwd')
    follow('http://example.com/')
    expect(contents.windowOpenHandler!({ url: 'smb://server/share' })).toEqual({ action: 'deny' })
    follow('https://example.org/')
    await vi.waitFor(() =>
      expect(recorded.openedExternally).toEqual([
        'https://example.com/report',
        'https://example.org/',
      ]),
    )
    expect(recorded.messageBoxes).toEqual([
      'Open example.com in your browser?',
      'Open example.org in your browser?',
    ])
  })

  it('sets a menu with the File commands', () => {
    const file = recorded.menuTemplate!.find((menu) => menu.label === 'File')

    expect(file?.submenu?.map((item) => item.label).filter(Boolean)).toEqual([
      'New Project…',
      'Open Project…',
      'Import Files…',
      'Import Folder…',
      "Merge Colleague's Project…",
      'Export JSONL…',
    ])
  })

  it('writes edits still in an edit log into their file before it quits', async () => {
    const text = 'The harbour board will buy two electric ferries by 2027. '.repeat(80)
    const imported = (await invoke('importUploads', fromWindow(), {
      files: [{ name: 'ferries.txt', base64: Buffer.from(text).toString('base64') }],
    })) as { value: { outcomes: { docId: string }[] } }
    const docId = imported.value.outcomes[0]?.docId ?? ''
    const span = (n: number) => ({
      id: `s${n}`,
      start: n * 10,
      end: n * 10 + 5,
      label: 'claim',
      text: text.slice(n * 10, n * 10 + 5),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    const save = (spans: unknown[]) =>
      invoke('applySpanChanges', fromWindow(), {
        docId,
        changes: { created: spans, updated: [], deleted: [] },
      })
    // Large enough that the next edit goes to the log beside the file.
    await save(Array.from({ length: 400 }, (_, n) => span(n)))
    await save([span(400)])
    const session = (await invoke('getSession', fromWindow())) as { value: { annotator: string } }
    const layer = join(project, 'annotations', session.value.annotator)
    expect(existsSync(join(layer, `${docId}.edits.jsonl`))).toBe(true)

    let deferred = false
    recorded.appListeners.get('before-quit')!({ preventDefault: () => (deferred = true) } as never)
    expect(deferred).toBe(true)
    await vi.waitFor(() => expect(existsSync(join(layer, `${docId}.edits.jsonl`))).toBe(false))
    const file = JSON.parse(readFileSync(join(layer, `${docId}.json`), 'utf8')) as {
      spans: unknown[]
    }
    expect(file.spans).toHaveLength(401)
  })
})
