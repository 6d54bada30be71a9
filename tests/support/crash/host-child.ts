// A child of the crash harness (kill-harness.ts), bundled by build-children.ts: the browser
// host as `npm run web` runs it (the same handlers behind the same HTTP server on 127.0.0.1),
// with the project opened through the contract. Prints `listening <port> <token>`; the
// harness then posts applySpanChanges to it, as the page does, until it kills it.
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'

import { dispatch } from '../../../src-main/contract/dispatch'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { createWebServer } from '../../../src-main/web/server'
import { awaitGo, giveUp, tell, type HostGo } from './child-protocol'

const go = await awaitGo<HostGo>()
const appState = await openAppState(go.dataDir)
const handlers = createHandlers({ ports: { host: 'web' }, appState, annotator: go.annotator })
const opened = await dispatch(handlers, 'openProject', { path: go.project, create: false })
if (!opened.ok) giveUp(new Error(opened.error.message))
const token = randomBytes(24).toString('base64url')
// The API is what is under test; no page is served (a GET would answer 404).
const server = createWebServer({ handlers, rendererDir: join(go.dataDir, 'no-renderer'), token })
tell(`listening ${await server.listen(0)} ${token}`)
