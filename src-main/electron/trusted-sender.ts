import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'

import { isAppUrl } from './app-origin'

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/**
 * Only our window's main frame, showing our own UI, may call the API (Electron security
 * checklist item 17). `senderFrame` is null once a frame has navigated away or died.
 */
export function createSenderCheck(
  getWindow: () => BrowserWindow | null,
  devServerUrl?: string,
): SenderCheck {
  return (event) => {
    const window = getWindow()
    const frame = event.senderFrame
    if (window === null || window.isDestroyed() || frame === null) return false
    const contents = window.webContents
    const main = contents.mainFrame
    return (
      event.sender === contents &&
      frame.processId === main.processId &&
      frame.routingId === main.routingId &&
      isAppUrl(frame.url, devServerUrl)
    )
  }
}
