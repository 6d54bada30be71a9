// `npm start [-- <project-folder>]`: the desktop app when the Electron binary is installed,
// otherwise the same UI served to the browser (the binary cannot be downloaded everywhere).
// With no folder, the app opens the last project; on the first run, none (a welcome screen).
import { join } from 'node:path'

import { electronBinaryPath } from './electron-binary.mjs'
import { ensureBuild, ROOT } from './ensure-build.mjs'
import { runChild } from './run-child.mjs'

const args = process.argv.slice(2)
try {
  ensureBuild()
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}

const electron = electronBinaryPath()
if (electron !== null) {
  runChild(electron, [join(ROOT, 'out', 'main', 'index.js'), ...args])
} else {
  process.stdout.write('Electron binary not installed; serving Gloss in your browser instead:\n')
  runChild(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), ...args])
}
