// Control characters are the point here: Windows refuses them in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]+/gu
// Names Windows reserves for devices, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/iu
const MAX_STEM = 100

/**
 * A file name stem made from free text (a project name) that every OS accepts: no path
 * separators or characters Windows forbids, no leading or trailing dots and spaces.
 */
export function safeFileStem(text: string, fallback: string): string {
  const cleaned = Array.from(
    text.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/gu, ' ').trim(),
  )
    .slice(0, MAX_STEM)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
  if (cleaned === '' || /^-+$/u.test(cleaned)) return fallback
  return RESERVED.test(cleaned) ? `${cleaned}-project` : cleaned
}
