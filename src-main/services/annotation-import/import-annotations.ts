import type { AnnotationImportSummary } from '../../contract/endpoints'
import { annotatorSchema } from '../../contract/schemas'
import {
  DEFAULT_OFFSET_UNIT,
  type AnnotationImportFormat,
  type AnnotationParser,
  type ImportProblem,
  type InputFile,
} from '../../core/formats/dataset'
import { capPerFile } from '../../core/formats/cap-per-file'
import { anchorW3cDocument } from '../../core/formats/parse-w3c-anchor'
import type { OffsetUnit } from '../../core/text/offsets'
import { GOLD } from '../export/select-dataset'
import type { ProjectStore } from '../project/project-store'
import { commitImport } from './commit-import'
import { planImport, type SourcedDocument } from './plan-import'
import { appendAll } from '../../core/append-all'
import { relationTypesOf } from '../../core/relations/relation-types'

export interface AnnotationImportRequest {
  readonly format: AnnotationImportFormat
  /** The parser for `format` (`PARSERS[format]`). */
  readonly parser: AnnotationParser
  /** The files, decoded and normalised (see `readInputFiles`). */
  readonly files: readonly InputFile[]
  /** Problems met while reading the files; reported first. */
  readonly readProblems?: readonly ImportProblem[]
  /** The unit the files' offsets count in; default: the format's own. */
  readonly offsets?: OffsetUnit
  /** Every span goes to this annotator's layer when given. */
  readonly annotator?: string
  /** The layer when neither `annotator` nor the file names one: the current annotator. */
  readonly fallbackAnnotator: string
}

/**
 * Imports spans from another tool's files into annotators' layers. Everything is parsed,
 * matched and checked first; only then are documents added and layers written, so a failure
 * before that point (an unreadable annotations file in the project, say) changes nothing.
 * Documents are matched by the text they carry (same normalised text, same document) or, for
 * files without text (W3C), by their source id; unknown documents with text are added.
 * Spans with a label the project lacks, or that do not fit the text, are skipped and reported
 * by file, line and span. Spans a layer already has (same start, end and label) are kept.
 */
export async function importAnnotations(
  store: ProjectStore,
  request: AnnotationImportRequest,
): Promise<AnnotationImportSummary> {
  const unit = request.offsets ?? DEFAULT_OFFSET_UNIT[request.format] ?? 'codepoints'
  const { documents, problems } = parseAll(request, unit)
  const [project, index] = await Promise.all([store.readProject(), store.readIndex()])
  const now = new Date().toISOString()
  const plan = await planImport(documents, {
    labels: project.labels,
    relationTypes: relationTypesOf(project),
    docLabels: project.docLabels ?? [],
    index: index.documents,
    readText: (entry) => store.readText(entry),
    ...(request.annotator !== undefined && { annotator: request.annotator }),
    fallbackAnnotator: request.fallbackAnnotator,
    isLayerName: (name) => name === GOLD || annotatorSchema.safeParse(name).success,
    anchor: (document, text) => anchorW3cDocument(document, text, unit),
    now,
  })
  const committed = await commitImport(store, plan, now)
  const order = new Map(request.files.map((file, position) => [file.name, position]))
  return {
    documentsMatched: plan.matched.size,
    documentsAdded: plan.added.size,
    spansImported: committed.spansImported,
    spansSkipped:
      plan.skipped + problems.filter((problem) => namesSpan(request.format, problem)).length,
    annotators: committed.annotators,
    ...(plan.reanchored.length > 0 && { reanchored: plan.reanchored }),
    problems: capPerFile(
      [
        ...(request.readProblems ?? []),
        ...[...problems, ...plan.problems].sort(
          (a, b) =>
            (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.line ?? 0) - (b.line ?? 0),
        ),
      ],
      (problem) => problem.file,
      (file, hidden) => ({
        file,
        message: `${hidden.toLocaleString('en')} more problems not listed.`,
      }),
    ),
  }
}

interface Parsed {
  readonly documents: readonly SourcedDocument[]
  readonly problems: readonly ImportProblem[]
}

// brat pairs files across the folder, so it sees them all at once and names each document by
// its .ann file; every other format is read file by file, which says where a document came from.
function parseAll(request: AnnotationImportRequest, unit: OffsetUnit): Parsed {
  if (request.format === 'brat') {
    const parsed = request.parser(request.files, unit)
    return {
      documents: parsed.documents.map((document) => ({ file: document.where, document })),
      problems: parsed.problems,
    }
  }
  const documents: SourcedDocument[] = []
  const problems: ImportProblem[] = []
  for (const file of request.files) {
    const parsed = request.parser([file], unit)
    for (const document of parsed.documents) documents.push({ file: file.name, document })
    appendAll(problems, parsed.problems)
  }
  return { documents, problems }
}

// A problem the parser reported about one span ("line 3, span 2", "line 4, T2", "task 1,
// annotation 1, result 3"; in W3C every located problem is one annotation), as opposed to a
// line or file it could not read at all.
function namesSpan(format: AnnotationImportFormat, problem: ImportProblem): boolean {
  if (problem.where === undefined) return false
  if (format === 'w3c') return true
  return /(?:^|, )(?:span \d+|T\d+|result \d+)$/u.test(problem.where)
}
