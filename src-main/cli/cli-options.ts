import { annotatorSchema, docIdSchema } from '../contract/schemas'
import { GlossFailure } from '../core/failure'
import type { OffsetUnit } from '../core/text/offsets'

/** A value given on the command line that Gloss cannot use: exit code 2 with a hint. */
export const inputError = (message: string, hint: string): GlossFailure =>
  new GlossFailure({ code: 'invalid-input', message, hint })

const OFFSET_UNITS: readonly OffsetUnit[] = ['codepoints', 'utf16', 'bytes']

/** `--offsets codepoints|utf16|bytes`, or `undefined` when not given. */
export function offsetsOption(given: string | undefined): OffsetUnit | undefined {
  if (given === undefined) return undefined
  const unit = OFFSET_UNITS.find((known) => known === given)
  if (unit !== undefined) return unit
  throw inputError(
    `Unknown offset unit "${given}".`,
    'Use --offsets codepoints, --offsets utf16 or --offsets bytes.',
  )
}

/** One of `known`, named by `option`, or an input error listing them. */
export function choiceOption<T extends string>(
  option: string,
  given: string,
  known: readonly T[],
): T {
  const found = known.find((value) => value === given)
  if (found !== undefined) return found
  throw inputError(
    `Unknown ${option} "${given}".`,
    `Use --${option} ${known.slice(0, -1).join(', ')} or ${known.at(-1) ?? ''}.`,
  )
}

/** An annotator name given on the command line, checked like the app checks it. */
export function annotatorOption(given: string): string {
  const parsed = annotatorSchema.safeParse(given)
  if (parsed.success) return parsed.data
  throw inputError(
    `"${given}" is not an annotator name: ${parsed.error.issues[0]?.message ?? 'rejected'}.`,
    'Annotator names are folder names under annotations/ in the project.',
  )
}

/** `--annotators a,b,...` as a list of annotator names, each checked; `undefined` when not given. */
export function annotatorsOption(given: string | undefined): string[] | undefined {
  if (given === undefined) return undefined
  const names = given
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) {
    throw inputError(
      '--annotators names nobody.',
      'Give names separated by commas, e.g. --annotators lan,minh.',
    )
  }
  return names.map(annotatorOption)
}

/** `--docs id,id,...` as a list of document ids. */
export function docsOption(given: string | undefined): string[] | undefined {
  if (given === undefined) return undefined
  const ids = given
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  const bad = ids.find((id) => !docIdSchema.safeParse(id).success)
  if (bad !== undefined || ids.length === 0) {
    throw inputError(
      `"${bad ?? given}" is not a document id.`,
      'Document ids are the hex names of the files in documents/, e.g. --docs 0fd97b1faa0790ad.',
    )
  }
  return ids
}

/** How an offset unit reads in a summary. */
export function unitWords(unit: OffsetUnit | null): string {
  if (unit === null) return 'no character offsets (tokens)'
  if (unit === 'codepoints') return 'offsets in Unicode code points'
  return unit === 'utf16' ? 'offsets in UTF-16 code units' : 'offsets in UTF-8 bytes'
}
