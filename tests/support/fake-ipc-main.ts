import type { IpcMainInvokeEvent } from 'electron'

import type { IpcMainLike } from '../../src-main/electron/ipc'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

export interface FakeIpcMain extends IpcMainLike {
  /** The channels that currently have a handler. */
  channels(): readonly string[]
  /**
   * What `ipcRenderer.invoke(channel, arg)` does: Electron structured-clones the argument and
   * the answer, and rejects when no handler is registered for the channel.
   */
  invoke(channel: string, event: IpcMainInvokeEvent, arg: unknown): Promise<unknown>
}

/** An in-memory `ipcMain` with Electron's rules, so IPC registration runs in plain Node. */
export function createFakeIpcMain(): FakeIpcMain {
  const listeners = new Map<string, Listener>()
  return {
    handle(channel: string, listener: Listener) {
      if (listeners.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`)
      }
      listeners.set(channel, listener)
    },
    removeHandler(channel: string) {
      listeners.delete(channel)
    },
    channels: () => [...listeners.keys()],
    async invoke(channel, event, arg) {
      const listener = listeners.get(channel)
      if (listener === undefined) throw new Error(`No handler registered for '${channel}'`)
      return structuredClone(await listener(event, structuredClone(arg)))
    },
  }
}

/** An invoke event as Electron hands it to a handler; only the sender check reads it. */
export const fakeInvokeEvent = (): IpcMainInvokeEvent =>
  ({ sender: {}, senderFrame: null }) as unknown as IpcMainInvokeEvent
