import { parseArgs } from 'node:util'

import { buildBenchPage } from './build-page'
import { servePage } from './serve-page'

// `npm run bench:page [-- --port N]`: builds the page, prints its URL (one line), serves it
// until stopped.
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } })
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(
    `bench:page: --port takes a port number (0 for a free one), not ${values.port}\n`,
  )
  process.exit(1)
}
const page = await servePage(await buildBenchPage(), port)
process.stdout.write(`${page.url}\n`)
const stop = (): void => void page.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
