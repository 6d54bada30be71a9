import { fileNameProblem } from '../files/file-names'

const MAX_LENGTH = 64

/**
 * An annotator name another tool gives (a user name, an e-mail address, a number) made into
 * one Gloss accepts: NFC, letters, digits, `.`, `_` and `-` only, not starting with `.` or
 * `_`, at most 64 characters. E-mail addresses keep the part before `@`; numbers become
 * `user-12`. `undefined` when nothing usable is left or the name cannot be a folder's
 * (`CON`, `lpt1`: the layer would be `annotations/<name>/`). `_gold` (Gloss's adjudicated layer)
 * stays as it is so a Gloss export comes back into the same layer.
 */
export function annotatorName(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw)) return `user-${raw}`
  if (typeof raw !== 'string') return undefined
  if (raw === '_gold') return raw
  const trimmed = raw.normalize('NFC').trim()
  const at = trimmed.indexOf('@')
  const local = at > 0 ? trimmed.slice(0, at) : trimmed
  const name = local
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[._]+/, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '')
  return name === '' || fileNameProblem(name) !== null ? undefined : name
}
