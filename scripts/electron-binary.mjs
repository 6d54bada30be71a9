// Where the Electron binary is, if its installer managed to download it. Mirrors what
// `require('electron')` resolves, without its side effect: when the binary is missing, that
// call starts a download (and fails offline after a long wait).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The absolute path of the Electron executable, or `null` when it is not installed. */
export function electronBinaryPath(root = ROOT) {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override)
    return existsSync(join(override, relative || 'electron'))
      ? join(override, relative || 'electron')
      : null
  if (relative === '') return null
  const full = join(pkg, 'dist', relative)
  return existsSync(full) ? full : null
}

/** Whether desktop launch (and the Electron e2e suite) can run on this machine. */
export const electronBinaryInstalled = (root = ROOT) => electronBinaryPath(root) !== null
