// Debian's Chromium: Playwright's own browser download is not reachable on offline machines.
export const CHROMIUM_PATH = process.env['GLOSS_CHROMIUM'] ?? '/usr/bin/chromium'

// Without the networking switches Chromium keeps dialling Google's hosts, which a closed
// network refuses many times a second.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
