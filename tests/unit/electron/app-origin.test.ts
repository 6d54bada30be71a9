import { describe, expect, it } from 'vitest'

import { isAllowedRequest, isAppUrl } from '../../../src-main/electron/app-origin'

const DEV = 'http://localhost:5173'

describe('isAppUrl', () => {
  it.each(['app://bundle/index.html', 'app://bundle/assets/app.js'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true)
  })

  it.each([
    ['another host on our scheme', 'app://bundle.evil/index.html'],
    ['a web page', 'https://example.com/'],
    ['a local file', 'file:///etc/passwd'],
    ['a script URL', 'javascript:alert(1)'],
    ['the dev server when not in development', 'http://localhost:5173/'],
    ['not a URL', 'bundle/index.html'],
  ])('refuses %s', (_why, url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it('accepts the dev server in development, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isAppUrl('http://localhost.evil:5173/', DEV)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it.each([
    'app://bundle/index.html',
    'data:image/png;base64,AAAA',
    'blob:app://bundle/1b2c',
    'devtools://devtools/x',
  ])('lets %s through', (url) => {
    expect(isAllowedRequest(url)).toBe(true)
  })

  it.each(['http://tracker.example/pixel.gif', 'https://fonts.example/font.woff2', 'file:///etc'])(
    'cancels %s',
    (url) => {
      expect(isAllowedRequest(url)).toBe(false)
    },
  )

  it("lets the dev server's HMR websocket through in development only", () => {
    expect(isAllowedRequest('ws://localhost:5173/', DEV)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false)
    expect(isAllowedRequest('ws://localhost:9999/', DEV)).toBe(false)
  })
})
