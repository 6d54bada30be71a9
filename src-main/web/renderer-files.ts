import { realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'

/**
 * The policy both shells send with the renderer. Scripts and styles come only from the
 * bundle; React's `style={...}` sets properties through the CSSOM, which CSP does not block,
 * so no 'unsafe-inline' is needed.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ')

/** Headers every renderer file is served with, over HTTP and over `app://` alike. */
export const RENDERER_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}

/** The MIME type a renderer file is served as; unknown kinds are plain bytes. */
export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'

const isInside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

/**
 * Maps a URL path to a file inside `root`, or `null` when there is none. Percent-escapes,
 * `..`, absolute paths and symbolic links that lead outside the folder all end in `null`.
 * `/` and any path ending in `/` mean that folder's `index.html`.
 */
export async function resolveRendererFile(root: string, pathname: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  if (decoded.endsWith('/')) decoded += 'index.html'
  const base = resolve(root)
  const candidate = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  if (!isInside(base, candidate)) return null
  try {
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(candidate)])
    if (!isInside(realBase, realFile)) return null
    const info = await stat(realFile)
    return info.isFile() ? realFile : null
  } catch {
    return null
  }
}
