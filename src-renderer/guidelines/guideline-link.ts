/**
 * The address a guideline link may point to, or `null`: only `https:` with a host, the only
 * kind the window hands to the browser (src-main/electron/safe-external-url.ts). Anything
 * else (`javascript:`, `file:`, `data:`, relative, plain `http:`) is shown as text.
 */
export function guidelineLink(url: string): string | null {
  if (!/^https:\/\/[^/\\\s]/iu.test(url)) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
      ? parsed.href
      : null
  } catch {
    return null
  }
}
