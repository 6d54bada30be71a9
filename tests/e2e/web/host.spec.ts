import { request as httpRequest } from 'node:http'

import { expect, test } from '../fixtures'

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
