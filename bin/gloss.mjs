#!/usr/bin/env node
// The `gloss` command (`npx gloss import|export ...`). Builds the app first when needed, so it
// works straight after `npm ci`; the command itself lives in out/main/cli.js.
import { ensureBuild } from '../scripts/ensure-build.mjs'

try {
  ensureBuild({ quiet: true })
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(2)
}
await import('../out/main/cli.js')
