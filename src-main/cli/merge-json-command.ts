import { readFile, writeFile } from 'node:fs/promises'

import { mergeJsonTexts } from '../core/sync/merge-json-texts'
import { EXIT_OK, type CliIo } from './cli-io'
import { UsageError } from './usage'

/**
 * `gloss merge-json <base> <ours> <theirs> [<path>]`: git's merge driver for `gloss.json`
 * and `documents/index.json` (Team sync registers it), so a `git pull` made by hand merges
 * them as data the way Sync does. Writes the result into `<ours>`, as git expects; exit 1
 * (git's "conflict") when a version is not JSON, leaving git's own conflict to be resolved.
 */
// What a merge driver answers for "not merged": git then marks the file conflicted.
const GIT_CONFLICT = 1

export async function mergeJsonCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [base, ours, theirs, path = ours] = args
  if (base === undefined || ours === undefined || theirs === undefined) {
    throw new UsageError(
      'gloss merge-json needs the base, ours and theirs files (git passes %O %A %B).',
    )
  }
  const [baseText, ourText, theirText] = await Promise.all(
    [base, ours, theirs].map((file) => readFile(file, 'utf8')),
  )
  const merged = mergeJsonTexts(baseText ?? '', ourText ?? '', theirText ?? '')
  if (merged === null) {
    io.stderr(`gloss merge-json: ${path} is not JSON on one side: left for you to resolve.`)
    return GIT_CONFLICT
  }
  await writeFile(ours, merged.text)
  for (const where of merged.clashes)
    io.stderr(`gloss merge-json: ${path}: both changed ${where}; kept the team's.`)
  return EXIT_OK
}
