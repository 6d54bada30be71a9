import { safeExternalUrl } from './safe-external-url'

export interface ExternalLinkPorts {
  /** Asks the analyst whether to open `url` (shown with its host); true to go ahead. */
  readonly confirm: (url: URL) => Promise<boolean>
  /** Hands the address to the system browser (`shell.openExternal`). */
  readonly open: (href: string) => Promise<void>
}

/**
 * What happens when a page asks to open a link: nothing, unless it is a safe `https:`
 * address and the analyst says yes. Resolves to whether the link was opened. The address
 * opened is the one checked and shown, normalised, never the raw string. While one question
 * is on screen, further links are dropped, so a page cannot stack up dialogs.
 */
export function createExternalLinkOpener(
  ports: ExternalLinkPorts,
): (url: string) => Promise<boolean> {
  let asking = false
  return async (url) => {
    const safe = safeExternalUrl(url)
    if (safe === null || asking) return false
    asking = true
    try {
      if (!(await ports.confirm(safe))) return false
    } finally {
      asking = false
    }
    await ports.open(safe.href)
    return true
  }
}
