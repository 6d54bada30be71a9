import { timingSafeEqual } from 'node:crypto'

/**
 * DNS-rebinding defence: a page on another site that points its own name at 127.0.0.1 still
 * sends its name in `Host`, so only the loopback names with our port are accepted.
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false
  const value = host.toLowerCase()
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`
}

/** A request from a page must come from the page we served; tools that send no `Origin` may. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  const value = origin.toLowerCase()
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`
}

/** Compares the per-run token in constant time so its bytes cannot be guessed one by one. */
export function hasToken(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false
  const a = Buffer.from(sent, 'utf8')
  const b = Buffer.from(token, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}
