/** The renderer's own origin in production: a standard, secure custom scheme, never `file://`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Whether `url` belongs to the UI we serve: `app://bundle/...`, or in development the Vite
 * dev server's origin. URLs are parsed and compared by part, never by prefix (a prefix test
 * lets `app://bundle.evil` through). Node reports the origin of custom schemes as "null", so
 * scheme and host are compared instead.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url)
  if (parsed === null) return false
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST
  if (devServerUrl === undefined) return false
  const dev = parse(devServerUrl)
  return dev !== null && dev.origin !== 'null' && parsed.origin === dev.origin
}

/**
 * What the window may fetch at all: its own files, inline `data:` and in-memory `blob:` URLs,
 * the devtools, and in development the Vite dev server (with its HMR websocket).
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url)
  if (parsed === null) return false
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true
  if (isAppUrl(url, devServerUrl)) return true
  if (devServerUrl === undefined) return false
  const dev = parse(devServerUrl)
  return (
    dev !== null &&
    (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') &&
    parsed.host === dev.host
  )
}
