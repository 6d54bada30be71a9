import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { runHost } from '../support/run-host'
import { startWebHost } from '../support/start-web-host'

interface RawResponse {
  readonly status: number
  readonly body: string
}

// node:http rather than Playwright's request context: only it lets a test forge `Host`.
const rawPost = (url: URL, path: string, headers: Record<string, string>): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: url.port, path, method: 'POST', headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end('{}')
  })

test('the page loads with the token and its first API call is accepted', async ({
  page,
  project,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text())
  })
  const session = page.waitForResponse((response) => response.url().endsWith('/api/getSession'))
  const response = await page.goto(project.url)

  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  expect(response?.headers()['x-content-type-options']).toBe('nosniff')
  expect((await session).status()).toBe(200)
  expect(await (await session).json()).toMatchObject({
    ok: true,
    value: { annotator: project.annotator, host: 'web' },
  })
  const token = new URL(project.url).searchParams.get('token')
  expect(await page.evaluate(() => sessionStorage.getItem('gloss.token'))).toBe(token)
  expect(violations).toEqual([])
})

test('an API call without the token is refused with 403', async ({ request, project }) => {
  const origin = new URL(project.url).origin

  const response = await request.post(`${origin}/api/getSession`, { data: {} })

  expect(response.status()).toBe(403)
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
})

test('an API call with a wrong token is refused with 403', async ({ request, project }) => {
  const origin = new URL(project.url).origin

  const response = await request.post(`${origin}/api/getSession`, {
    data: {},
    headers: { 'x-gloss-token': 'not-the-token' },
  })

  expect(response.status()).toBe(403)
})

test('the host refuses a Host header that is not loopback, even with the token', async ({
  project,
}) => {
  const url = new URL(project.url)
  const token = url.searchParams.get('token') ?? ''

  const response = await rawPost(url, '/api/getSession', {
    host: `rebound.example.com:${url.port}`,
    'content-type': 'application/json',
    'x-gloss-token': token,
  })

  expect(response.status).toBe(403)
  expect(response.body).toBe('Gloss answers only to 127.0.0.1 and localhost.')
})

test('the host answers on localhost with its port as well', async ({ project }) => {
  const url = new URL(project.url)
  const token = url.searchParams.get('token') ?? ''

  const response = await rawPost(url, '/api/getSession', {
    host: `localhost:${url.port}`,
    'content-type': 'application/json',
    'x-gloss-token': token,
  })

  expect(response.status).toBe(200)
  expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { host: 'web' } })
})

test.describe('the host command line', () => {
  let root: string

  test.beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'gloss-host-cli-'))
  })

  test.afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  test('prints exactly one line on stdout, creates the project and stops cleanly', async () => {
    const dir = join(root, 'new project')

    const run = await runHost([dir, '--port', '0'], join(root, 'data'))

    expect(run.stdout).toMatch(
      /^Gloss is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43} \(browser host; Ctrl\+C to stop\)\n$/,
    )
    expect(existsSync(join(dir, 'gloss.json'))).toBe(true)
    expect(run.stderr).toContain('gloss: stopped')
    expect(run.code).toBe(0)
  })

  test('refuses a bad port with usage on stderr and nothing on stdout', async () => {
    const run = await runHost([join(root, 'p'), '--port', 'eighty'], join(root, 'data'))

    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('--port must be a whole number from 0 to 65535, not "eighty".')
    expect(run.code).toBe(1)
  })

  test('with no folder on a first run, opens no project (the page welcomes) and creates nothing', async () => {
    const run = await runHost(['--port', '0'], join(root, 'data'))

    expect(run.stderr).toContain('gloss: first run, no project yet: the welcome screen offers one')
    expect(existsSync(join(root, 'data', 'Gloss'))).toBe(false)
    expect(run.code).toBe(0)
  })

  test('with no folder after a project was opened, reopens that project', async () => {
    const dir = join(root, 'earlier')
    await runHost([dir, '--port', '0'], join(root, 'data'))

    const run = await runHost(['--port', '0'], join(root, 'data'))

    expect(run.stderr).toContain(`gloss: project ${dir}`)
    expect(run.code).toBe(0)
  })
})

test('writes edits still in an edit log into their file when it stops', async () => {
  const root = await mkdtemp(join(tmpdir(), 'gloss-host-fold-'))
  try {
    const dir = join(root, 'project')
    const host = await startWebHost({ dir, dataDir: join(root, 'data'), annotator: 'ann' })
    const url = new URL(host.url)
    const call = async (name: string, input: unknown): Promise<{ value: unknown }> => {
      const response = await fetch(`${url.origin}/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-gloss-token': url.searchParams.get('token') ?? '',
        },
        body: JSON.stringify(input),
      })
      return (await response.json()) as { value: unknown }
    }
    const text = 'The harbour board will buy two electric ferries by 2027. '.repeat(80)
    const imported = (await call('importUploads', {
      files: [{ name: 'ferries.txt', base64: Buffer.from(text).toString('base64') }],
    })) as { value: { outcomes: { docId: string }[] } }
    const docId = imported.value.outcomes[0]?.docId ?? ''
    const span = (n: number) => ({
      id: `s${n}`,
      start: n * 10,
      end: n * 10 + 5,
      label: 'claim',
      text: text.slice(n * 10, n * 10 + 5),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    const save = (spans: unknown[]) =>
      call('applySpanChanges', { docId, changes: { created: spans, updated: [], deleted: [] } })
    // Large enough that the next edit goes to the log beside the file.
    await save(Array.from({ length: 400 }, (_, n) => span(n)))
    await save([span(400)])
    const file = join(dir, 'annotations', 'ann', `${docId}.json`)
    expect(existsSync(file.replace(/\.json$/u, '.edits.jsonl'))).toBe(true)

    await host.stop()
    expect(existsSync(file.replace(/\.json$/u, '.edits.jsonl'))).toBe(false)
    const saved = JSON.parse(await readFile(file, 'utf8')) as { spans: unknown[] }
    expect(saved.spans).toHaveLength(401)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})
