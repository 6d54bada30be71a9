import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { dispatch } from '../../../src-main/contract/dispatch'
import {
  ENDPOINT_NAMES,
  type EndpointName,
  ipcChannel,
} from '../../../src-main/contract/endpoint-names'
import type { Handlers } from '../../../src-main/contract/endpoints'
import type { Result } from '../../../src-main/core/result'
import { registerIpc } from '../../../src-main/electron/ipc'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { createWebServer, type WebServer } from '../../../src-main/web/server'
import { jsonSchemaOf, malformedInputsFor, validInputFor } from '../../support/contract-inputs'
import { createFakeIpcMain, type FakeIpcMain, fakeInvokeEvent } from '../../support/fake-ipc-main'

const TOKEN = 'contract-input-test-token'

let root: string
let handlers: Handlers
let server: WebServer
let port: number
let ipc: FakeIpcMain
const called: EndpointName[] = []

/** Every file under `folder` with the sha256 of its bytes. */
async function fingerprint(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile())
  const hashes = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name)
      const hash = createHash('sha256')
        .update(await readFile(path))
        .digest('hex')
      return [path.slice(folder.length), hash] as const
    }),
  )
  return Object.fromEntries(hashes.sort(([a], [b]) => a.localeCompare(b)))
}

// One project with a document and a span in it: the malformed calls would have things to
// change if any got through.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gloss-contract-input-'))
  const appState = await openAppState(join(root, 'data'))
  const real = createHandlers({
    ports: { host: 'web' },
    appState,
    annotator: 'ana',
    project: join(root, 'project'),
  })
  const text = 'The ministry will publish the figures in May.\n'
  const imported = await real.importUploads({
    files: [{ name: 'figures.txt', base64: Buffer.from(text).toString('base64') }],
  })
  const docId = imported.outcomes[0]?.docId ?? ''
  const at = '2026-01-01T00:00:00.000Z'
  await real.applySpanChanges({
    docId,
    changes: {
      created: [
        {
          id: 's1',
          start: 4,
          end: 12,
          label: 'claim',
          text: 'ministry',
          createdAt: at,
          updatedAt: at,
        },
      ],
      updated: [],
      deleted: [],
    },
  })
  // Every handler notes that it ran, so a call that got past validation shows.
  handlers = Object.fromEntries(
    ENDPOINT_NAMES.map((name) => [
      name,
      (input: never) => {
        called.push(name)
        return (real[name] as (input: never) => Promise<unknown>)(input)
      },
    ]),
  ) as unknown as Handlers
  ipc = createFakeIpcMain()
  registerIpc(ipc, handlers, () => true)
  await mkdir(join(root, 'renderer'))
  server = createWebServer({ handlers, rendererDir: join(root, 'renderer'), token: TOKEN })
  port = await server.listen(0)
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

beforeEach(() => {
  called.length = 0
})

type Call = (name: EndpointName, input: unknown) => Promise<Result<unknown>>

const TRANSPORTS: readonly (readonly [string, Call])[] = [
  ['dispatch', (name, input) => dispatch(handlers, name, input)],
  [
    'IPC',
    (name, input) =>
      ipc.invoke(ipcChannel(name), fakeInvokeEvent(), input) as Promise<Result<unknown>>,
  ],
  [
    'HTTP',
    async (name, input) => {
      const response = await post(name, { 'x-gloss-token': TOKEN }, JSON.stringify(input))
      return JSON.parse(response.body) as Result<unknown>
    },
  ],
]

interface Raw {
  readonly status: number
  readonly body: string
}

/** A POST to the API by node:http, which (unlike fetch) lets a test forge `Host`. */
const post = (name: string, headers: Record<string, string>, body: string): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })

describe('every endpoint of the contract', () => {
  it.each(ENDPOINT_NAMES)('%s has an input its schema accepts, made from the schema', (name) => {
    expect(validInputFor(name)).toBeDefined()
  })

  it.each(ENDPOINT_NAMES)('%s takes a strict object: an unknown field is refused', (name) => {
    expect(jsonSchemaOf(name)).toMatchObject({ type: 'object', additionalProperties: false })
  })

  describe.each(TRANSPORTS)('over %s', (_transport, call) => {
    it.each(ENDPOINT_NAMES)(
      '%s refuses each malformed input with invalid-input, calling no handler, changing no file',
      async (name) => {
        const before = await fingerprint(root)
        const cases = malformedInputsFor(name)
        const answers = await Promise.all(
          cases.map(async ({ why, input }) => ({ why, result: await call(name, input) })),
        )

        expect(answers.filter(({ result }) => result.ok).map(({ why }) => why)).toEqual([])
        for (const { result } of answers) {
          expect(result).toMatchObject({
            ok: false,
            error: {
              code: 'invalid-input',
              message: expect.stringMatching(`^Invalid input for ${name}`),
            },
          })
        }
        expect(called).toEqual([])
        expect(await fingerprint(root)).toEqual(before)
      },
    )
  })

  describe.each([
    ['without the token', {}],
    ['with a wrong token', { 'x-gloss-token': 'not-the-token-of-this-session' }],
  ])('over HTTP %s', (_why, headers) => {
    it.each(ENDPOINT_NAMES)(
      '%s is refused with 403 forbidden, calling no handler',
      async (name) => {
        const response = await post(name, headers, JSON.stringify(validInputFor(name)))

        expect(response.status).toBe(403)
        expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
        expect(called).toEqual([])
      },
    )
  })

  it.each(ENDPOINT_NAMES)(
    '%s is refused over HTTP with a foreign Host header, even with the token',
    async (name) => {
      const response = await post(
        name,
        { 'x-gloss-token': TOKEN, host: `attacker.example:${port}` },
        JSON.stringify(validInputFor(name)),
      )

      expect(response).toEqual({
        status: 403,
        body: 'Gloss answers only to 127.0.0.1 and localhost.',
      })
      expect(called).toEqual([])
    },
  )
})
