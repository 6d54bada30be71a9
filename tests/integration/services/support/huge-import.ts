// A child process for hostile-input.test.ts: writes a huge file line by line (never whole in
// memory), imports it through the real handlers, and prints the reply's shape and its own
// peak memory, so the test measures this import alone.
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'

import { dispatch } from '../../../../src-main/contract/dispatch'
import { openAppState } from '../../../../src-main/services/app-state'
import { createHandlers } from '../../../../src-main/services/handlers'

const [root = '', kind = '', countText = ''] = process.argv.slice(2)
const count = Number(countText)
const LINES: Record<string, (n: number) => string> = {
  // A million lines that are JSON but no document: each is refused with its line number.
  'bad-jsonl': () => '{}\n',
  // A million-line article.
  article: (n) => `Line ${n} of a very long article.\n`,
}

const file = join(root, kind === 'article' ? 'long.txt' : 'lines.jsonl')
const out = createWriteStream(file)
for (let n = 0; n < count; n++) {
  if (!out.write((LINES[kind] as (n: number) => string)(n))) await once(out, 'drain')
}
out.end()
await once(out, 'finish')

const appState = await openAppState(join(root, 'data'))
const ports = { host: 'electron' as const, pickPaths: async () => [file] }
const handlers = createHandlers({ ports, appState, annotator: 'alice' })
await dispatch(handlers, 'openProject', { path: join(root, 'project'), create: true })
const picked = await dispatch(handlers, 'pickImportPaths', { kind: 'files' })
if (!picked.ok) throw new Error(picked.error.message)
const reply =
  kind === 'article'
    ? await dispatch(handlers, 'importPaths', { paths: [...picked.value.paths] })
    : await dispatch(handlers, 'importAnnotations', {
        format: 'jsonl',
        paths: [...picked.value.paths],
      })
const replyBytes = Buffer.byteLength(JSON.stringify(reply))
const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024)
process.stdout.write(`${JSON.stringify({ reply, replyBytes, peakRssMiB })}\n`)
