// Long addresses hide their real host in a dialog; no link an analyst follows needs more.
const MAX_URL_LENGTH = 2048

// Whitespace and control characters are dropped or kept by URL parsers in different ways,
// so what the dialog shows could differ from what the browser opens.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/u

const SPELT_OUT_HOST = /^https:\/\/[^/\\]/iu

/**
 * The address a link may be opened at in the analyst's browser, normalised, or `null`. Only
 * `https:` with a host and no user name or password in it: `http:` can be altered on the
 * way, and `file:`, `smb:`, `javascript:`, `data:`, `ms-*:` and other schemes hand the link
 * to a local program (the classic route from a booby-trapped document to running code).
 * `mailto:` is refused too: nothing in Gloss links to an address, and an article could
 * prefill a message. Relative and malformed addresses are refused.
 */
export function safeExternalUrl(url: string): URL | null {
  if (url.length > MAX_URL_LENGTH || INVISIBLE.test(url)) return null
  // The URL parser forgives `https:///x` and `https:x` (reading "x" as the host); another
  // program might read them otherwise, so the text itself must spell out a host.
  if (!SPELT_OUT_HOST.test(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || parsed.hostname === '') return null
  // `https://bank.example@evil.example/` reads as the bank but opens evil.example.
  if (parsed.username !== '' || parsed.password !== '') return null
  return parsed
}

/** Whether `url` may be offered for opening in the browser (see `safeExternalUrl`). */
export const isSafeExternalUrl = (url: string): boolean => safeExternalUrl(url) !== null
