import { describe, expect, it } from 'vitest'

import { hasToken, isLoopbackHost, isOwnOrigin } from '../../../src-main/web/request-guards'

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1:4000', 'localhost:4000', 'LOCALHOST:4000'])('accepts %s', (host) => {
    expect(isLoopbackHost(host, 4000)).toBe(true)
  })

  it.each([
    ['another port', '127.0.0.1:4001'],
    ['no port', '127.0.0.1'],
    ['a rebound name', 'attacker.example:4000'],
    ['a name ending in localhost', 'evil-localhost:4000'],
    ['the IPv6 loopback, which the host does not bind', '[::1]:4000'],
    ['all interfaces', '0.0.0.0:4000'],
  ])('refuses %s', (_why, host) => {
    expect(isLoopbackHost(host, 4000)).toBe(false)
  })

  it('refuses a request without a Host header', () => {
    expect(isLoopbackHost(undefined, 4000)).toBe(false)
  })
})

describe('isOwnOrigin', () => {
  it('accepts a request without Origin (curl, the CLI)', () => {
    expect(isOwnOrigin(undefined, 4000)).toBe(true)
  })

  it('accepts the page it served, under either loopback name', () => {
    expect(isOwnOrigin('http://127.0.0.1:4000', 4000)).toBe(true)
    expect(isOwnOrigin('http://localhost:4000', 4000)).toBe(true)
  })

  it.each(['https://example.com', 'http://127.0.0.1:4001', 'null'])('refuses %s', (origin) => {
    expect(isOwnOrigin(origin, 4000)).toBe(false)
  })
})

describe('hasToken', () => {
  it('accepts exactly the token', () => {
    expect(hasToken('s3cret-token', 's3cret-token')).toBe(true)
  })

  it.each([
    ['a missing header', undefined],
    ['a different token of the same length', 's3cret-tokeN'],
    ['a prefix', 's3cret'],
    ['an empty string', ''],
    ['a repeated header', ['s3cret-token', 's3cret-token']],
  ])('refuses %s', (_why, sent) => {
    expect(hasToken(sent, 's3cret-token')).toBe(false)
  })
})
