import { createOffsetConverter } from '../text/offsets'

// Device names Windows reserves in every folder, with or without an extension (`con.txt`,
// `NUL.tar.gz`); the superscript digits count too. Checked on the name before its first dot.
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9¹²³])$/iu
// Characters Windows refuses in names (`:` also makes `C:` and NTFS streams), and control
// characters, NUL included, which no file system should be handed.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f]/u
// The longest name ext4, NTFS and APFS all take (255 bytes of UTF-8 is the tightest).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_RUNS = /[<>:"/\\|?*\u0000-\u001f\u007f]+/gu
const MAX_NAME_BYTES = 255
const MAX_PATH_LENGTH = 1024

/**
 * Why `name` cannot be one file or folder name on every OS Gloss runs on (POSIX and
 * Windows rules at once, so a project made on Linux opens on Windows), or `null` when it
 * can. Used wherever a name that came from a file or a request becomes part of a path. The
 * reason completes "… cannot be a file name: ".
 */
export function fileNameProblem(name: string): string | null {
  if (name === '') return 'it is empty'
  if (name === '.') return '"." names the folder itself, not a file'
  if (name === '..') return '".." names the folder above, not a file'
  if (name.includes('/') || name.includes('\\')) return 'it contains a path separator (/ or \\)'
  const forbidden = FORBIDDEN.exec(name)
  if (forbidden !== null) {
    const character = forbidden[0]
    const shown =
      character < ' ' || character === '\u007f' ? 'a control character' : `"${character}"`
    return `it contains ${shown}, which Windows does not allow in names`
  }
  if (/[. ]$/u.test(name)) return 'it ends in a dot or a space, which Windows drops'
  if (RESERVED.test(name.split('.')[0]?.trimEnd() ?? '')) {
    return `"${name.split('.')[0]}" is a device name on Windows`
  }
  if (createOffsetConverter(name).length('bytes') > MAX_NAME_BYTES)
    return `it is longer than ${MAX_NAME_BYTES} bytes`
  return null
}

/**
 * Why `path`, a `/`-separated path meant to stay inside a folder, cannot be used, or `null`.
 * Absolute paths, drive letters, UNC and `file:` paths, `..` and every segment
 * `fileNameProblem` refuses are refused.
 */
export function relativePathProblem(path: string): string | null {
  if (path.length > MAX_PATH_LENGTH) return `it is longer than ${MAX_PATH_LENGTH} characters`
  if (path.startsWith('/') || path.startsWith('\\')) return 'it is an absolute path'
  if (/^[a-z]:/iu.test(path)) return 'it starts with a drive letter'
  for (const segment of path.split('/')) {
    const problem = fileNameProblem(segment)
    if (problem !== null) return segment === '' ? 'it has an empty folder name' : problem
  }
  return null
}

/**
 * A file name stem made from free text (a project name) that `fileNameProblem` accepts:
 * forbidden characters become `-`, leading and trailing dots and spaces go, a device name
 * gets `-project` after it, at most 100 characters; `fallback` when nothing usable is left.
 */
export function safeFileStem(text: string, fallback: string): string {
  const cleaned = Array.from(
    text.normalize('NFC').replace(FORBIDDEN_RUNS, '-').replace(/\s+/gu, ' ').trim(),
  )
    .slice(0, MAX_STEM)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/gu, '')
  if (cleaned === '' || /^-+$/u.test(cleaned)) return fallback
  const dot = cleaned.indexOf('.')
  const base = dot === -1 ? cleaned : cleaned.slice(0, dot)
  if (!RESERVED.test(base.trimEnd())) return cleaned
  return `${base.trimEnd()}-project${dot === -1 ? '' : cleaned.slice(dot)}`
}

const MAX_STEM = 100
