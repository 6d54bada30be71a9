import type { GlossClient } from '@contract/endpoints'

import { createHttpClient, readToken } from './http-client'

/**
 * The one client the UI holds. The transport is chosen once: the Electron preload's
 * `window.gloss` when it exists, otherwise HTTP to the browser host that served this page.
 */
export function createClient(): GlossClient {
  if (window.gloss) return window.gloss
  return createHttpClient(readToken(window.location, window.sessionStorage))
}
