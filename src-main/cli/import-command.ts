import { parseArgs } from 'node:util'

import { ANNOTATION_IMPORT_FORMATS } from '../core/formats/dataset'
import { PARSERS } from '../core/formats/parsers'
import { importAnnotations } from '../services/annotation-import/import-annotations'
import { expandAnnotationPaths, readInputFiles } from '../services/annotation-import/input-files'
import { openAppState } from '../services/app-state'
import { expandImportPaths } from '../services/import/expand-paths'
import { fileSource, importDocuments } from '../services/import/import-documents'
import { asProjectWriter } from '../services/locks/command-writer'
import { EXIT_INPUT, EXIT_OK, type CliIo } from './cli-io'
import { reanchorLines } from './reanchor-text'
import { annotatorOption, choiceOption, offsetsOption } from './cli-options'
import { UsageError } from './usage'

const PROGRESS_EVERY = 1_000

/**
 * `gloss import <project> <files-or-folders...> [--format F [--annotator NAME] [--offsets U]]`.
 * Without `--format`: articles. With it: annotations in that format. Creates the project when
 * missing. What was not imported goes to stderr, one line each (and, on large imports, how
 * many files have been read, every 1,000); the summary to stdout, with what became of the
 * spans of each changed article's previous version. Exit 2 when anything was refused or
 * skipped (the rest is imported).
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      annotator: { type: 'string' },
      offsets: { type: 'string' },
    },
  })
  const [project, ...inputs] = positionals
  if (project === undefined || inputs.length === 0) {
    throw new UsageError('gloss import needs a project folder and at least one file or folder.')
  }
  if (values.format === undefined) {
    if (values.annotator !== undefined || values.offsets !== undefined) {
      throw new UsageError('--annotator and --offsets only apply to annotations (with --format).')
    }
    return importArticles(project, inputs, io)
  }
  const format = choiceOption('format', values.format, ANNOTATION_IMPORT_FORMATS)
  const offsets = offsetsOption(values.offsets)
  const annotator = values.annotator === undefined ? undefined : annotatorOption(values.annotator)

  const expanded = await expandAnnotationPaths(inputs, format)
  const read = await readInputFiles(expanded.files.map(fileSource))
  const fallbackAnnotator = (await openAppState()).annotator()
  const summary = await asProjectWriter(project, true, (store) =>
    importAnnotations(store, {
      format,
      parser: PARSERS[format],
      files: read.files,
      readProblems: [...expanded.problems, ...read.problems],
      ...(offsets !== undefined && { offsets }),
      ...(annotator !== undefined && { annotator }),
      fallbackAnnotator,
    }),
  )
  for (const problem of summary.problems) io.stderr(`${problem.file}: ${problem.message}`)
  for (const moved of summary.reanchored ?? [])
    io.stdout(`re-anchored ${moved.file}: ${moved.message}`)
  const layers = summary.annotators.length > 0 ? summary.annotators.join(', ') : 'none'
  io.stdout(
    `documents matched ${summary.documentsMatched}, added ${summary.documentsAdded}; spans imported ${summary.spansImported}, skipped ${summary.spansSkipped}; layers written: ${layers}`,
  )
  return summary.problems.length > 0 ? EXIT_INPUT : EXIT_OK
}

async function importArticles(
  project: string,
  inputs: readonly string[],
  io: CliIo,
): Promise<number> {
  const { files, refused } = await expandImportPaths(inputs)
  // A folder of thousands of articles takes a while: say how far it has got, now and then.
  const progress = (done: number, total: number): void => {
    if (done % PROGRESS_EVERY === 0) io.stderr(`read ${done} of ${total} files`)
  }
  // As a writer of layers: a new version of an article gets every annotator's spans.
  const summary = await asProjectWriter(project, true, (store) =>
    importDocuments(store, files.map(fileSource), refused, progress),
  )
  for (const outcome of summary.outcomes) {
    if (outcome.result === 'refused') io.stderr(`refused ${outcome.source}: ${outcome.reason}`)
  }
  for (const line of summary.outcomes.flatMap(reanchorLines)) io.stdout(line)
  io.stdout(
    `imported ${summary.imported}, duplicates ${summary.duplicates}, refused ${summary.refused}`,
  )
  // A layer another program holds kept its spans on the old version only: not all was done.
  const uncarried = summary.outcomes.some((outcome) => outcome.reanchor?.unwritten.length)
  return summary.refused > 0 || uncarried ? EXIT_INPUT : EXIT_OK
}
