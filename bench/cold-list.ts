// A child process of the bench (see cold-list-runner.ts): opens a project the way a host
// does at start-up, watch included, and lists its documents with nothing read yet. Prints
// `{ ms, documents, unresolvedComments }`. Module loading is before the clock starts.
import { openAppState } from '../src-main/services/app-state'
import { createHandlers } from '../src-main/services/handlers'

const [project, annotator, dataDir] = process.argv.slice(2)
if (project === undefined || annotator === undefined || dataDir === undefined) {
  throw new Error('usage: cold-list <project> <annotator> <data dir>')
}
const stop = new AbortController()
const started = performance.now()
const appState = await openAppState(dataDir)
const handlers = createHandlers({
  ports: { host: 'web' },
  appState,
  project,
  annotator,
  stopped: stop.signal,
})
const listed = await handlers.listDocuments({})
const ms = performance.now() - started
stop.abort()
const unresolvedComments = listed.reduce((sum, item) => sum + item.unresolvedComments, 0)
process.stdout.write(`${JSON.stringify({ ms, documents: listed.length, unresolvedComments })}\n`)
