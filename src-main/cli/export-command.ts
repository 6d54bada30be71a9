import { resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { annotatorSchema } from '../contract/schemas'
import { GlossFailure } from '../core/failure'
import { openAppState } from '../services/app-state'
import { buildExport, type ExportSource } from '../services/export/build-export'
import { openProjectStore } from '../services/project/project-store'
import { writeFileAtomic } from '../services/storage/atomic-write'
import { writeFailure } from '../services/storage/io-failure'
import { EXIT_OK, type CliIo } from './cli-io'
import { UsageError } from './usage'

const FORMATS = ['jsonl'] as const

/**
 * `gloss export <project> --format jsonl --out <file> [--source me|all] [--annotator NAME]`.
 * Never creates the project and never changes the app's remembered settings.
 */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      out: { type: 'string' },
      source: { type: 'string', default: 'all' },
      annotator: { type: 'string' },
    },
  })
  const [project, ...extra] = positionals
  if (project === undefined) throw new UsageError('gloss export needs a project folder.')
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  if (values.out === undefined || values.out === '') {
    throw new UsageError('gloss export needs --out <file>.')
  }
  const format = FORMATS.find((known) => known === values.format)
  if (format === undefined) {
    throw inputError(
      `Unknown export format "${values.format}".`,
      `Use --format ${FORMATS.join(', ')}.`,
    )
  }
  if (values.source !== 'me' && values.source !== 'all') {
    throw inputError(`Unknown source "${values.source}".`, 'Use --source me or --source all.')
  }
  if (values.annotator !== undefined && values.source !== 'me') {
    throw new UsageError('--annotator only applies with --source me.')
  }

  const store = await openProjectStore(project, { create: false })
  const source: ExportSource =
    values.source === 'me'
      ? { kind: 'me', annotator: await annotatorFor(values.annotator) }
      : { kind: 'all' }
  const dataset = await buildExport(store, format, source)
  const out = resolve(values.out)
  try {
    await writeFileAtomic(out, dataset.content)
  } catch (error) {
    throw writeFailure(out, error)
  }
  io.stdout(`exported ${dataset.documents} documents with ${dataset.spans} spans to ${out}`)
  return EXIT_OK
}

async function annotatorFor(given: string | undefined): Promise<string> {
  if (given === undefined) return (await openAppState()).annotator()
  const parsed = annotatorSchema.safeParse(given)
  if (parsed.success) return parsed.data
  throw inputError(
    `"${given}" is not an annotator name: ${parsed.error.issues[0]?.message ?? 'rejected'}.`,
    'Annotator names are folder names under annotations/ in the project.',
  )
}

const inputError = (message: string, hint: string): GlossFailure =>
  new GlossFailure({ code: 'invalid-input', message, hint })
