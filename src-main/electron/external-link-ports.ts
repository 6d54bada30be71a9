import { type BrowserWindow, shell } from 'electron'

import type { ExternalLinkPorts } from './external-links'
import { showMessageBoxOn } from './message-box'

/** The analyst is asked in a native dialog; a yes opens the system browser. */
export function externalLinkPorts(getWindow: () => BrowserWindow | null): ExternalLinkPorts {
  return {
    confirm: async (url) => {
      const response = await showMessageBoxOn(getWindow, {
        type: 'question',
        title: 'Open link',
        message: `Open ${url.host} in your browser?`,
        // The whole address, so the analyst sees where it really leads.
        detail: url.href,
        buttons: ['Open in Browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      })
      return response === 0
    },
    open: (href) => shell.openExternal(href),
  }
}
