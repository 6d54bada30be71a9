import { stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'

import type { AnnotationImportFormat, ImportProblem, InputFile } from '../../core/formats/dataset'
import { decodeBytes } from '../../core/text/decode-bytes'
import { mapLimit } from '../annotations/map-limit'
import { expandImportPaths } from '../import/expand-paths'
import type { ImportSource } from '../import/import-documents'

/** The files each format is read from when a folder is given. */
export const ANNOTATION_EXTENSIONS: Readonly<Record<AnnotationImportFormat, readonly string[]>> = {
  jsonl: ['.jsonl', '.json'],
  doccano: ['.jsonl', '.json'],
  brat: ['.txt', '.ann', '.conf'],
  labelstudio: ['.json'],
  w3c: ['.json', '.jsonld', '.jsonl'],
}

const BRAT_CONF = 'annotation.conf'
// A brat folder of 10,000 documents is 20,000 small files.
const PARALLEL_READS = 16

export interface ExpandedAnnotationPaths {
  readonly files: readonly string[]
  readonly problems: readonly ImportProblem[]
}

/**
 * The files to read for an annotation import: named files as given, folders walked
 * recursively for the format's files. For brat, a named `.txt` or `.ann` brings its partner
 * and the folder's `annotation.conf` when they exist and `allowed` says they may be read
 * (in the app: inside a folder the user picked).
 */
export async function expandAnnotationPaths(
  paths: readonly string[],
  format: AnnotationImportFormat,
  allowed: (path: string) => boolean = () => true,
): Promise<ExpandedAnnotationPaths> {
  const extensions = ANNOTATION_EXTENSIONS[format]
  const { files, refused } = await expandImportPaths(paths, (name) =>
    extensions.includes(extname(name).toLowerCase()),
  )
  const problems = refused.map((outcome): ImportProblem => ({
    file: outcome.source,
    message: `The file ${outcome.reason}.`,
  }))
  if (format !== 'brat') return { files, problems }
  const withPartners = new Set(files)
  for (const file of files) {
    for (const partner of bratPartners(file)) {
      if (!withPartners.has(partner) && allowed(partner) && (await isFile(partner))) {
        withPartners.add(partner)
      }
    }
  }
  return { files: [...withPartners], problems }
}

function bratPartners(file: string): string[] {
  const extension = extname(file).toLowerCase()
  if (extension !== '.txt' && extension !== '.ann') return []
  const stem = file.slice(0, -extension.length)
  return [`${stem}${extension === '.txt' ? '.ann' : '.txt'}`, join(dirname(file), BRAT_CONF)]
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

export interface ReadInputs {
  readonly files: readonly InputFile[]
  readonly problems: readonly ImportProblem[]
}

/**
 * Reads and decodes each source (DESIGN.md §4: UTF-8 ± BOM, UTF-16 with BOM, else
 * Windows-1252). The text is not normalised here: the parsers read offsets against the text
 * as the file has it (brat offsets count a CRLF .txt's CRs) and normalise each document
 * themselves, moving its spans along. A file that cannot be read becomes a problem; the
 * others go on. Files are named by their source (a path, or the name an upload gave).
 */
export async function readInputFiles(sources: readonly ImportSource[]): Promise<ReadInputs> {
  const read = await mapLimit(sources, PARALLEL_READS, async (source) => {
    const bytes = await source.read()
    if (!(bytes instanceof Uint8Array)) return problem(source, bytes.problem)
    const decoded = decodeBytes(bytes)
    if (!decoded.ok) return problem(source, decoded.reason)
    return { name: source.source, text: decoded.text } satisfies InputFile
  })
  return {
    files: read.filter((item): item is InputFile => 'text' in item),
    problems: read.filter((item): item is ImportProblem => !('text' in item)),
  }
}

const problem = (source: ImportSource, reason: string): ImportProblem => ({
  file: source.source,
  message: `The file ${reason}.`,
})

/** The file name a document added from `source` is recorded under. */
export const sourceFileName = (source: string): string => basename(source.replaceAll('\\', '/'))
