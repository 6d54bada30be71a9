import { parseArgs } from 'node:util'

import { EXPORT_FORMATS } from '../core/formats/dataset'
import { openAppState } from '../services/app-state'
import { buildExport } from '../services/export/build-export'
import type { LayerSource } from '../services/export/select-dataset'
import { openProjectStore } from '../services/project/project-store'
import { EXIT_OK, type CliIo } from './cli-io'
import { annotatorOption, choiceOption, docsOption, offsetsOption, unitWords } from './cli-options'
import { UsageError } from './usage'
import { writeExportOutput, type Written } from './write-export-output'

/**
 * `gloss export <project> --format F --out PATH [--offsets U] [--source S] [--status S]
 * [--docs id,...] [--csv-bom]`. Never creates the project and never changes the app's
 * remembered settings. Prints what it exported and wrote on stdout, warnings on stderr.
 */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      out: { type: 'string' },
      offsets: { type: 'string' },
      source: { type: 'string', default: 'all' },
      annotator: { type: 'string' },
      status: { type: 'string', default: 'any' },
      docs: { type: 'string' },
      'csv-bom': { type: 'boolean', default: false },
    },
  })
  const [project, ...extra] = positionals
  if (project === undefined) throw new UsageError('gloss export needs a project folder.')
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  if (values.out === undefined || values.out === '') {
    throw new UsageError('gloss export needs --out <file or folder>.')
  }
  if (values.annotator !== undefined && values.source !== 'me') {
    throw new UsageError('--annotator only applies with --source me.')
  }
  const format = choiceOption('format', values.format, EXPORT_FORMATS)
  const status = choiceOption('status', values.status, ['done', 'any'] as const)
  const offsets = offsetsOption(values.offsets)
  const docs = docsOption(values.docs)

  const store = await openProjectStore(project, { create: false })
  const dataset = await buildExport(store, {
    format,
    source: await sourceOption(values.source, values.annotator),
    status,
    ...(docs !== undefined && { docs }),
    ...(offsets !== undefined && { offsets }),
    ...(values['csv-bom'] && { csvBom: true }),
  })
  const written = await writeExportOutput(format, dataset.files, values.out)
  io.stdout(
    `exported ${dataset.documents} documents with ${dataset.spans} spans as ${format}, ${unitWords(dataset.offsetUnit)}`,
  )
  for (const line of describeWritten(written)) io.stdout(line)
  for (const warning of dataset.warnings) io.stderr(`warning: ${warning}`)
  return EXIT_OK
}

/** `all` (default), `gold`, `me` (with `--annotator`, else the remembered name) or a name. */
async function sourceOption(given: string, annotator: string | undefined): Promise<LayerSource> {
  if (given === 'all' || given === 'gold') return given
  if (given === 'me') {
    return { me: annotator !== undefined ? annotatorOption(annotator) : await rememberedName() }
  }
  return { annotator: annotatorOption(given) }
}

async function rememberedName(): Promise<string> {
  return (await openAppState()).annotator()
}

function describeWritten(written: Written): string[] {
  if (written.kind === 'folder') {
    return [`wrote ${written.count} files into ${written.folder}`]
  }
  return written.paths.map((path) => `wrote ${path}`)
}
