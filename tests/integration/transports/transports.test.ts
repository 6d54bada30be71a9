import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ipcChannel } from '../../../src-main/contract/endpoint-names'
import type { Handlers } from '../../../src-main/contract/endpoints'
import { registerIpc } from '../../../src-main/electron/ipc'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { createWebServer, type WebServer } from '../../../src-main/web/server'
import { createFakeIpcMain, type FakeIpcMain, fakeInvokeEvent } from '../../support/fake-ipc-main'

const TOKEN = 'transport-test-token'

let root: string
let project: string
let handlers: Handlers
let server: WebServer
let port: number
let ipc: FakeIpcMain

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-transports-'))
  project = join(root, 'project')
  await mkdir(join(root, 'renderer'))
  const appState = await openAppState(join(root, 'data'))
  handlers = createHandlers({ ports: { host: 'web' }, appState, annotator: 'ana' })
  server = createWebServer({ handlers, rendererDir: join(root, 'renderer'), token: TOKEN })
  port = await server.listen(0)
  ipc = createFakeIpcMain()
  registerIpc(ipc, handlers, () => true)
})

afterEach(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

const overHttp = async (name: string, input: unknown, token = TOKEN): Promise<unknown> => {
  const response = await fetch(`http://127.0.0.1:${port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gloss-token': token },
    body: JSON.stringify(input),
  })
  return response.json()
}

const overIpc = (name: string, input: unknown): Promise<unknown> =>
  ipc.invoke(`gloss:${name}`, fakeInvokeEvent(), input)

const upload = (name: string, text: string) => ({
  files: [{ name, base64: Buffer.from(text, 'utf8').toString('base64') }],
})

describe('the same handlers over HTTP and over IPC', () => {
  it('give the same value for a valid call', async () => {
    await overHttp('openProject', { path: project, create: true })
    await overIpc('importUploads', upload('minister.txt', 'The minister will act.\n'))

    const viaHttp = await overHttp('listDocuments', {})
    const viaIpc = await overIpc('listDocuments', {})

    expect(viaHttp).toEqual(viaIpc)
    expect(viaHttp).toMatchObject({
      ok: true,
      value: [{ length: 23, status: 'todo', spanCount: 0 }],
    })
  })

  it('give the same invalid-input error for a malformed input', async () => {
    const input = { docId: '../../etc/passwd' }

    const viaHttp = await overHttp('getDocument', input)
    const viaIpc = await overIpc('getDocument', input)

    expect(viaHttp).toEqual(viaIpc)
    expect(viaHttp).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect((viaHttp as { error: { message: string } }).error.message).toMatch(
      /^Invalid input for getDocument at docId: /,
    )
  })

  it('give the same error for a user error a handler reports', async () => {
    const viaHttp = await overHttp('listDocuments', {})
    const viaIpc = await overIpc('listDocuments', {})

    expect(viaHttp).toEqual(viaIpc)
    expect(viaHttp).toMatchObject({ ok: false, error: { code: 'no-project' } })
  })

  it('both refuse an unknown endpoint without calling anything', async () => {
    const viaHttp = await overHttp('deleteEverything', {})
    const viaIpc = overIpc('deleteEverything', {})

    expect(viaHttp).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Unknown endpoint "deleteEverything".' },
    })
    // IPC has no channel to reach: the preload exposes only contract names.
    await expect(viaIpc).rejects.toThrow("No handler registered for 'gloss:deleteEverything'")
    expect(ipc.channels()).not.toContain(ipcChannel('deleteEverything' as never))
  })

  it('both refuse a caller they do not trust with the same forbidden code', async () => {
    const untrusted = createFakeIpcMain()
    registerIpc(untrusted, handlers, () => false)

    const viaHttp = await overHttp('getSession', {}, 'wrong-token')
    const viaIpc = await untrusted.invoke('gloss:getSession', fakeInvokeEvent(), {})

    expect(viaHttp).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(viaIpc).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
