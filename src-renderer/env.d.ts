import type { GlossClient } from '@contract/endpoints'

declare global {
  interface Window {
    /** The Electron preload's bridge; absent when the browser host serves the UI. */
    readonly gloss?: GlossClient
  }
}
