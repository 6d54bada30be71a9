import { parseArgs } from 'node:util'

import { expandImportPaths } from '../services/import/expand-paths'
import { fileSource, importDocuments } from '../services/import/import-documents'
import { openProjectStore } from '../services/project/project-store'
import { EXIT_INPUT, EXIT_OK, type CliIo } from './cli-io'
import { UsageError } from './usage'

/**
 * `gloss import <project> <files-or-folders...>`: one line per refused file on stderr, the
 * summary on stdout. Exit 2 when any file was refused (the others are imported).
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true })
  const [project, ...inputs] = positionals
  if (project === undefined || inputs.length === 0) {
    throw new UsageError('gloss import needs a project folder and at least one file or folder.')
  }
  const store = await openProjectStore(project, { create: true })
  const { files, refused } = await expandImportPaths(inputs)
  const summary = await importDocuments(store, files.map(fileSource), refused)
  for (const outcome of summary.outcomes) {
    if (outcome.result === 'refused') io.stderr(`refused ${outcome.source}: ${outcome.reason}`)
  }
  io.stdout(
    `imported ${summary.imported}, duplicates ${summary.duplicates}, refused ${summary.refused}`,
  )
  return summary.refused > 0 ? EXIT_INPUT : EXIT_OK
}
