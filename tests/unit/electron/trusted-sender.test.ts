import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'

import { createSenderCheck } from '../../../src-main/electron/trusted-sender'

interface FakeFrame {
  readonly processId: number
  readonly routingId: number
  readonly url: string
}

const mainFrame: FakeFrame = { processId: 7, routingId: 1, url: 'app://bundle/index.html' }
const contents = { mainFrame }
const window = { webContents: contents, isDestroyed: () => false }

const asWindow = (value: object): BrowserWindow => value as unknown as BrowserWindow
const event = (sender: object, senderFrame: FakeFrame | null): IpcMainInvokeEvent =>
  ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent

describe('createSenderCheck', () => {
  const check = createSenderCheck(() => asWindow(window))

  it("trusts our window's main frame showing app://bundle", () => {
    expect(check(event(contents, { ...mainFrame }))).toBe(true)
  })

  it('refuses a frame that has navigated away or was destroyed (senderFrame null)', () => {
    expect(check(event(contents, null))).toBe(false)
  })

  it('refuses a subframe of our window', () => {
    expect(check(event(contents, { ...mainFrame, routingId: 2 }))).toBe(false)
  })

  it('refuses our main frame once it shows another origin', () => {
    expect(check(event(contents, { ...mainFrame, url: 'https://evil.example/' }))).toBe(false)
  })

  it('refuses another web contents', () => {
    const other = { mainFrame: { ...mainFrame, processId: 9 } }
    expect(check(event(other, other.mainFrame))).toBe(false)
  })

  it('refuses everything once the window is gone', () => {
    expect(createSenderCheck(() => null)(event(contents, mainFrame))).toBe(false)
    const destroyed = asWindow({ ...window, isDestroyed: () => true })
    expect(createSenderCheck(() => destroyed)(event(contents, mainFrame))).toBe(false)
  })

  it('trusts the dev server only when it is the configured one', () => {
    const devFrame = { ...mainFrame, url: 'http://localhost:5173/' }
    const devContents = { mainFrame: devFrame }
    const devWindow = asWindow({ webContents: devContents, isDestroyed: () => false })

    expect(
      createSenderCheck(() => devWindow, 'http://localhost:5173')(event(devContents, devFrame)),
    ).toBe(true)
    expect(createSenderCheck(() => devWindow)(event(devContents, devFrame))).toBe(false)
  })
})
