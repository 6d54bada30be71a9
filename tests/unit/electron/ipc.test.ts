import { describe, expect, it, vi } from 'vitest'

import { ENDPOINT_NAMES, ipcChannel } from '../../../src-main/contract/endpoint-names'
import type { Handlers } from '../../../src-main/contract/endpoints'
import { registerIpc } from '../../../src-main/electron/ipc'
import { createFakeIpcMain, fakeInvokeEvent } from '../../support/fake-ipc-main'

const session = { annotator: 'ana', project: null, host: 'electron' } as const

const fakeHandlers = (): Handlers =>
  Object.fromEntries(
    ENDPOINT_NAMES.map((name) => [name, vi.fn(async () => (name === 'getSession' ? session : {}))]),
  ) as unknown as Handlers

describe('registerIpc', () => {
  it('registers exactly one gloss:<name> channel per contract endpoint', () => {
    const ipc = createFakeIpcMain()

    registerIpc(ipc, fakeHandlers(), () => true)

    expect(ipc.channels()).toEqual(ENDPOINT_NAMES.map(ipcChannel))
  })

  it('answers a trusted call with the handler result as a Result value', async () => {
    const ipc = createFakeIpcMain()
    registerIpc(ipc, fakeHandlers(), () => true)

    const result = await ipc.invoke('gloss:getSession', fakeInvokeEvent(), {})

    expect(result).toEqual({ ok: true, value: session })
  })

  it('refuses an untrusted sender without calling the handler', async () => {
    const ipc = createFakeIpcMain()
    const handlers = fakeHandlers()
    registerIpc(ipc, handlers, () => false)

    const result = await ipc.invoke('gloss:getSession', fakeInvokeEvent(), {})

    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This request did not come from the Gloss window.' },
    })
    expect(handlers.getSession).not.toHaveBeenCalled()
  })

  it('validates the input before the handler sees it', async () => {
    const ipc = createFakeIpcMain()
    const handlers = fakeHandlers()
    registerIpc(ipc, handlers, () => true)

    const result = await ipc.invoke('gloss:getDocument', fakeInvokeEvent(), { docId: '../x' })

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(handlers.getDocument).not.toHaveBeenCalled()
  })

  it('removes every handler it registered', () => {
    const ipc = createFakeIpcMain()
    const unregister = registerIpc(ipc, fakeHandlers(), () => true)

    unregister()

    expect(ipc.channels()).toEqual([])
  })
})
