import type { Session, WebContents } from 'electron'

/**
 * Every page Electron creates (ours, or anything an article might try to open) may only stay
 * on the UI's own URLs: no navigation away, no new windows, no webviews. A link the page
 * follows or opens is passed to `offerExternal` instead (see external-links.ts: only `https:`,
 * and only once the analyst agrees); redirects and frame navigations are simply stopped.
 */
export function hardenWebContents(
  contents: WebContents,
  isAllowed: (url: string) => boolean,
  offerExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    if (isAllowed(event.url)) return
    event.preventDefault()
    offerExternal(event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowed(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAllowed(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url)
    return { action: 'deny' }
  })
}

/**
 * Gloss needs no permission (camera, notifications, clipboard reads...), and Electron grants
 * them all unless told otherwise; requests to anything but the UI's own files are cancelled
 * so a stray `<img src="http://tracker">` cannot report that an article was opened.
 */
export function hardenSession(session: Session, isAllowedRequest: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  )
}
