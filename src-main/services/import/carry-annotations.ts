import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import { carrySpans, type CarriedSpans } from '../../core/reanchor/carry-spans'
import { createReanchorer, type NotPlacedReason } from '../../core/reanchor/reanchor'
import type {
  NotPlacedSpan,
  ReanchorReport,
  UnwrittenLayer,
} from '../../core/reanchor/reanchor-report'
import { sortSpans } from '../../core/spans/overlaps'
import type { AnnotationFile, DocumentStatus } from '../../core/spans/span'
import type { ProjectStore } from '../project/project-store'

const REASONS: Record<NotPlacedReason, string> = {
  gone: 'its text is not in the new version, nor anything close enough to it',
  ambiguous: 'its text occurs several times in the new version, none in its old context',
}

/**
 * Carries every annotator's spans from `previous` to `next`, its new version (see
 * `carrySpans`), writing each annotator's file for `next`. The gold set is not carried: its
 * decisions are about the annotators' spans on the old text, so the new version is reviewed
 * afresh. A layer another program is writing is reported, not written. The old version's files
 * are left as they were: what could not be placed stays there, and is listed.
 */
export async function carryAnnotations(
  store: ProjectStore,
  previous: DocumentEntry,
  next: DocumentEntry,
  now: string,
): Promise<ReanchorReport> {
  const [oldText, newText, project, annotators] = await Promise.all([
    store.readText(previous),
    store.readText(next),
    store.readProject(),
    store.listAnnotators(),
  ])
  const labelNames = new Map(project.labels.map((label) => [label.id, label.name]))
  const place = createReanchorer(oldText, newText)
  let exact = 0
  let fuzzy = 0
  const notPlaced: NotPlacedSpan[] = []
  const unwritten: UnwrittenLayer[] = []
  for (const annotator of annotators) {
    const old = await store.readAnnotations(annotator, previous.id)
    if (old === null || old.spans.length === 0) continue
    const carried = carrySpans(place, newText, old.spans, now)
    try {
      await store.updateAnnotations(annotator, next.id, (current) =>
        newVersionFile(old, current, carried, next.id, now),
      )
    } catch (error) {
      if (!(error instanceof GlossFailure) || error.code !== 'conflict') throw error
      unwritten.push({ annotator, spans: old.spans.length, message: error.message })
      continue
    }
    exact += carried.exact
    fuzzy += carried.fuzzy
    for (const { span, reason } of carried.notPlaced) {
      const label = labelNames.get(span.label) ?? span.label
      notPlaced.push({ annotator, label, text: span.text, reason: REASONS[reason] })
    }
  }
  return {
    replaces: { docId: previous.id, title: previous.title },
    exact,
    fuzzy,
    notPlaced,
    unwritten,
  }
}

/**
 * The annotator's file on the new version: the old file's fields (status, and whatever a newer
 * Gloss keeps there) with the carried spans, added to any the annotator has there already. A
 * layer marked done is back in progress when anything of it moved or was lost: someone should
 * look at it again.
 */
function newVersionFile(
  old: AnnotationFile,
  current: AnnotationFile | null,
  carried: CarriedSpans,
  docId: string,
  now: string,
): AnnotationFile {
  const mine = current?.spans ?? []
  const ids = new Set(mine.map((span) => span.id))
  const moved = carried.fuzzy > 0 || carried.notPlaced.length > 0
  const status: DocumentStatus = old.status === 'done' && moved ? 'in-progress' : old.status
  return {
    ...old,
    docId,
    status: current?.status ?? status,
    spans: sortSpans([...mine, ...carried.spans.filter((span) => !ids.has(span.id))]),
    updatedAt: now,
  }
}
