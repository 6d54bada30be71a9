import type { OffsetUnit } from '../text/offsets'
import type { AnnotationParser, ImportProblem, ParsedDocument, ParsedSpan } from './dataset'
import { createDocumentAnchor } from './parse-anchor'
import { annotatorName } from './parse-annotator'
import { asIdText, isNonEmptyString, isObject } from './parse-guards'
import { resultSpans } from './parse-labelstudio-results'
import { resultDocLabels, resultRelations } from './parse-labelstudio-links'
import { readJsonFile } from './parse-json'
import { createSkipCounter, describeValue, problemAt } from './parse-problems'
import { appendAll } from '../append-all'
import { stopForProblems } from './cap-per-file'

type Report = (where: string, detail: string) => void
type SkipCounter = ReturnType<typeof createSkipCounter>

/**
 * Label Studio's JSON export: a task list (or one task), each
 * `{"data": {"text", ...}, "annotations": [{"completed_by", "result": [...]}]}`.
 *
 * - The text is `data.text`, else the first text field of `data`; `data.title` and
 *   `data.gloss_id` (else the task `id`) are kept as title and `sourceId`.
 * - One `ParsedDocument` per annotation; its annotator comes from `completed_by` (an
 *   `{"email"}` object, a user number → `user-12`, or a name), made a valid Gloss name.
 *   Cancelled annotations are skipped with a problem; `predictions` are not imported.
 * - `labels` results become spans (one per label when a region has several); a region's
 *   note is its `meta.text` and any `textarea` result with the same region `id`.
 * - `relation` results become relations between their regions' spans; `choices` from a
 *   `doc_<category>` control become document labels (as Gloss exports them).
 * - Other result types are skipped, reported once per type per file.
 */
export const parseLabelStudio: AnnotationParser = (files, offsets) => {
  const documents: ParsedDocument[] = []
  const problems: ImportProblem[] = []
  for (const file of files) {
    const value = readJsonFile(file, problems)
    if (value === undefined) continue
    const tasks = Array.isArray(value) ? value : isObject(value) && 'data' in value ? [value] : null
    if (tasks === null) {
      problems.push(
        problemAt(
          file.name,
          undefined,
          undefined,
          `expected a Label Studio task list (tasks with "data" and "annotations"), found ${describeValue(value)}`,
        ),
      )
      continue
    }
    const report: Report = (where, detail) => {
      problems.push(problemAt(file.name, where, undefined, detail))
    }
    const skips = createSkipCounter(file.name)
    const before = problems.length
    tasks.every((task: unknown, index) => {
      if (stopForProblems(problems, before, file.name, `task ${index + 1}`)) return false
      appendAll(documents, taskDocuments(task, `task ${index + 1}`, offsets, report, skips))
      return true
    })
    appendAll(problems, skips.problems())
  }
  return { documents, problems }
}

function taskDocuments(
  task: unknown,
  where: string,
  offsets: OffsetUnit,
  report: Report,
  skips: SkipCounter,
): ParsedDocument[] {
  if (!isObject(task) || !isObject(task.data)) {
    report(where, `expected a task with a "data" object, found ${describeValue(task)}`)
    return []
  }
  const data = task.data
  const text =
    typeof data.text === 'string'
      ? data.text
      : Object.values(data).find((v) => typeof v === 'string')
  if (typeof text !== 'string') {
    report(where, `"data" has no text field`)
    return []
  }
  if (Array.isArray(task.predictions) && task.predictions.length > 0) {
    const what = 'predictions are not imported, only annotations'
    skips.skip('predictions', what, undefined, task.predictions.length)
  }
  const annotations = task.annotations ?? []
  if (!Array.isArray(annotations)) {
    report(where, `"annotations" is ${describeValue(annotations)}, not a list`)
    return []
  }

  const anchor = createDocumentAnchor(text)
  const title = isNonEmptyString(data.title) ? data.title : undefined
  const sourceId = asIdText(data.gloss_id) ?? asIdText(task.id)
  const document = (
    spans: ParsedSpan[],
    annotator: string | undefined,
    at: string,
    links: Pick<ParsedDocument, 'relations' | 'docLabels'> = {},
  ): ParsedDocument => ({
    text: anchor.text,
    ...(title === undefined ? {} : { title }),
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(annotator === undefined ? {} : { annotator }),
    spans,
    ...links,
    where: at,
  })
  if (annotations.length === 0) return [document([], undefined, where)]

  const documents: ParsedDocument[] = []
  annotations.forEach((annotation: unknown, index) => {
    const at = `${where}, annotation ${index + 1}`
    if (!isObject(annotation) || !Array.isArray(annotation.result)) {
      report(at, `expected an annotation with a "result" list, found ${describeValue(annotation)}`)
      return
    }
    if (annotation.was_cancelled === true) {
      report(at, 'was cancelled (skipped) in Label Studio; not imported')
      return
    }
    const regionAt = new Map<string, number>()
    const spans = resultSpans(annotation.result, at, anchor, offsets, report, skips, regionAt)
    const relations = resultRelations(annotation.result, regionAt, at, report)
    const docLabels = resultDocLabels(annotation.result, at, report)
    documents.push(
      document(spans, completedBy(annotation.completed_by), at, {
        ...(relations.length > 0 && { relations }),
        ...(Object.keys(docLabels).length > 0 && { docLabels }),
      }),
    )
  })
  return documents
}

// Label Studio writes a user number, or `{id, email, ...}` when exporting with details.
function completedBy(value: unknown): string | undefined {
  if (!isObject(value)) return annotatorName(value)
  return annotatorName(value.email) ?? annotatorName(value.username) ?? annotatorName(value.id)
}
