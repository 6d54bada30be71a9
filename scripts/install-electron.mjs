// Electron's own installer downloads its binary from outside the npm registry. Where that is
// not reachable the install must still succeed: the app then runs through the browser host.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const installer = 'node_modules/electron/install.js'
if (!existsSync(installer)) process.exit(0)

const result = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 120_000 })
if (result.status === 0) process.exit(0)
console.log(
  'gloss: Electron binary could not be downloaded; desktop launch needs it, so `npm start` will use the browser host instead.',
)
