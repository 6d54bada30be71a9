import { annotatorSchema } from '../../contract/schemas'
import { GlossFailure } from '../../core/failure'

const MAX_NAME = 64

/**
 * The name each of their layers is merged under: its own, or the one `renames` gives (by
 * their name). Throws `invalid-input` for a rename of a layer they do not have, a new name
 * that cannot be an annotator's, or two layers that would land under one name.
 */
export function targetNames(
  theirs: readonly string[],
  renames: Readonly<Record<string, string>>,
): Map<string, string> {
  const known = new Set(theirs)
  for (const from of Object.keys(renames)) {
    if (known.has(from)) continue
    throw new GlossFailure({
      code: 'invalid-input',
      message: `Their project has no layer "${from}" to merge under another name.`,
      hint:
        theirs.length > 0 ? `Their layers: ${theirs.join(', ')}.` : 'Their project has no layers.',
    })
  }
  const targets = new Map<string, string>()
  const landed = new Map<string, string>()
  for (const name of theirs) {
    const target = checkedName(renames[name] ?? name)
    const other = landed.get(target)
    if (other !== undefined) {
      throw new GlossFailure({
        code: 'invalid-input',
        message: `Their layers "${other}" and "${name}" would both be merged as "${target}".`,
        hint: 'Give each layer a name of its own.',
      })
    }
    landed.set(target, name)
    targets.set(name, target)
  }
  return targets
}

function checkedName(name: string): string {
  const parsed = annotatorSchema.safeParse(name)
  if (parsed.success) return parsed.data
  throw new GlossFailure({
    code: 'invalid-input',
    message: `"${name}" cannot be a layer's name: ${parsed.error.issues[0]?.message ?? 'rejected'}.`,
    hint: 'Use letters, digits, dot, dash or underscore, not starting with _ or . (it becomes a folder name).',
  })
}

/** `bob-2`, `bob-3`, …: the first that is not `taken`. */
export function suggestName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}
