// `npm run web -- [<project-folder>] [--annotator NAME] [--port N]`: the browser host.
// stdout carries exactly one line, the address with its token; build notices go to stderr.
import { join } from 'node:path'

import { ensureBuild, ROOT } from './ensure-build.mjs'
import { runChild } from './run-child.mjs'

try {
  ensureBuild()
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
runChild(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), ...process.argv.slice(2)])
