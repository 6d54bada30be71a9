import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate } from 'node:timers/promises'

import { afterEach, expect } from 'vitest'

import { dispatch } from '../../../../src-main/contract/dispatch'
import type { EndpointName } from '../../../../src-main/contract/endpoint-names'
import type { Handlers, Input } from '../../../../src-main/contract/endpoints'
import type { GlossError } from '../../../../src-main/core/result'
import type { Span } from '../../../../src-main/core/spans/span'
import { openAppState } from '../../../../src-main/services/app-state'
import { createHandlers } from '../../../../src-main/services/handlers'
import type { ShellPorts } from '../../../../src-main/services/shell-ports'
import { callOk as ok } from '../../../support/call-ok'
import { phraseSpan } from '../../../support/phrase-span'

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/articles')

const made: string[] = []
afterEach(async () => {
  opened.clear()
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-test-'))
  made.push(dir)
  return dir
}

export interface Setup {
  readonly root: string
  readonly project: string
  readonly dataDir: string
}

/** A temp folder with a data dir and a project path (not created) inside. */
export async function setup(): Promise<Setup> {
  const root = await tempDir()
  return { root, project: join(root, 'project'), dataDir: join(root, 'data') }
}

const stoppers = new WeakMap<Handlers, AbortController>()

/** Handlers as a host makes them, annotating as `annotator`. */
export async function handlersFor(
  where: Setup,
  annotator = 'alice',
  ports: ShellPorts = { host: 'web' },
): Promise<Handlers> {
  const appState = await openAppState(where.dataDir)
  const stop = new AbortController()
  const handlers = createHandlers({ ports, appState, annotator, stopped: stop.signal })
  stoppers.set(handlers, stop)
  return handlers
}

/**
 * Stops a host as closing its window does, and waits until it has let go of `annotator`'s
 * layer lock in the project (so a fresh session may take it).
 */
export async function stopHost(handlers: Handlers, where: Setup, annotator = 'alice') {
  stoppers.get(handlers)?.abort()
  const lock = join(where.project, '.gloss', 'locks', `${annotator}.lock`)
  while (
    await access(lock).then(
      () => true,
      () => false,
    )
  )
    await setImmediate()
}

// One window per person and project, as in real use: a second session writing the same
// layer would be refused (one writer per layer), so a test asking again gets the same one.
const opened = new Map<string, Handlers>()

/** Opens (creating) the project and returns handlers on it: the same ones for the same person. */
export async function openedProject(where: Setup, annotator = 'alice'): Promise<Handlers> {
  const key = JSON.stringify([where.dataDir, where.project, annotator])
  const handlers = opened.get(key) ?? (await handlersFor(where, annotator))
  opened.set(key, handlers)
  await ok(handlers, 'openProject', { path: where.project, create: true })
  return handlers
}

/** Calls an endpoint through the contract's dispatch and expects success. */
export { ok }

/** Calls an endpoint through the contract's dispatch and expects a failure. */
export async function failure<N extends EndpointName>(
  handlers: Handlers,
  name: N,
  input: Input<N>,
): Promise<GlossError> {
  const result = await dispatch(handlers, name, input)
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`)
  return result.error
}

/** Uploads the named fixture articles as the browser would. */
export async function uploadFixtures(handlers: Handlers, ...names: string[]) {
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      base64: (await readFile(join(FIXTURES, name))).toString('base64'),
    })),
  )
  return ok(handlers, 'importUploads', { files })
}

const STAMP = '2026-01-01T00:00:00.000Z'

/** A span over `text.slice(start, end)`. */
export function spanOf(
  text: string,
  start: number,
  end: number,
  label: string,
  id: string,
  note?: string,
): Span {
  return {
    id,
    start,
    end,
    label,
    text: text.slice(start, end),
    ...(note !== undefined && { note }),
    createdAt: STAMP,
    updatedAt: STAMP,
  }
}

/** A span over the first occurrence of `phrase` in `text`. */
export function spanOn(text: string, phrase: string, label: string, id: string): Span {
  return phraseSpan(text, phrase, label, id, STAMP)
}

export const created = (...spans: Span[]) => ({ created: spans, updated: [], deleted: [] })

/** The parsed JSON of a file in the project. */
export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'))
}

/** The fixture `crlf-line-endings.txt` as Gloss imports it: its id and normalised text. */
export const CRLF_ARTICLE = {
  docId: '0fd97b1faa0790ad',
  text: 'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n',
} as const
