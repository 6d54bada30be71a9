// Control characters are the point here: Windows refuses them in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]+/gu
// Names Windows reserves for devices, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/iu
const MAX_STEM = 100

/**
 * The stem export files are named after: the project name made safe on every OS (no path
 * separators or characters Windows forbids, no leading or trailing dots and spaces), or
 * `gloss-export` when nothing usable is left. The same rules as the services' file names.
 */
export function exportStem(projectName: string): string {
  const cleaned = Array.from(
    projectName.normalize('NFC').replace(FORBIDDEN, '-').replace(/\s+/gu, ' ').trim(),
  )
    .slice(0, MAX_STEM)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
  if (cleaned === '' || /^-+$/u.test(cleaned)) return 'gloss-export'
  return RESERVED.test(cleaned) ? `${cleaned}-project` : cleaned
}
