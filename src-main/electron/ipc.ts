import type { IpcMain, IpcMainInvokeEvent } from 'electron'

import { dispatch } from '../contract/dispatch'
import { ENDPOINT_NAMES, ipcChannel } from '../contract/endpoint-names'
import type { Handlers } from '../contract/endpoints'
import type { Result } from '../core/result'

/** The part of `ipcMain` the registration uses; tests pass a fake with the same shape. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Gloss window.' },
}

/**
 * One `ipcMain.handle` per contract endpoint, in a loop so none can skip the checks: the
 * sender must be our window's main frame, then `dispatch` validates the input and turns
 * failures into values. Returns a function that removes the handlers again.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const name of ENDPOINT_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, raw: unknown) =>
      isTrustedSender(event) ? dispatch(handlers, name, raw) : FORBIDDEN,
    )
  }
  return () => ENDPOINT_NAMES.forEach((name) => ipcMain.removeHandler(ipcChannel(name)))
}

/**
 * Electron's own `ipcMain`. Loaded on demand so that this module (and `registerIpc`) can be
 * imported by plain Node tests, where requiring 'electron' only yields a binary path.
 */
export async function loadIpcMain(): Promise<IpcMainLike> {
  const { ipcMain } = await import('electron')
  return ipcMain
}
