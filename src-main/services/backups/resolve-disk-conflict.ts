import type { BackupInfo } from '../../core/backups/backup-info'
import { sortSpans } from '../../core/spans/overlaps'
import type { DocLabels } from '../../core/doc-labels/doc-label'
import type { Relation } from '../../core/relations/relation'
import { relationTypesOf } from '../../core/relations/relation-types'
import type { AnnotationFile, DocumentStatus, Span } from '../../core/spans/span'
import { checkDocLabelChangesIn } from '../annotations/check-doc-label-changes'
import { checkRelationsFit } from '../annotations/relation-rules'
import { checkSpansFit, untouchedAnnotations } from '../annotations/span-edits'
import type { ProjectStore } from '../project/project-store'
import type { BackupStore } from './backup-store'

export interface DiskConflictChoice {
  readonly docId: string
  readonly keep: 'mine' | 'theirs'
  /** The analyst's version: every span on screen, unsaved edits included. */
  readonly spans: readonly Span[]
  readonly status: DocumentStatus
  /** The analyst's relations and document labels; absent: the file's are kept. */
  readonly relations?: readonly Relation[]
  readonly docLabels?: DocLabels
}

export interface SettledConflict {
  readonly annotations: AnnotationFile
  /** The snapshot holding the version that was not kept; `null` when there was none. */
  readonly kept: BackupInfo | null
}

/**
 * Settles a save refused because the annotator's file changed on disk, keeping both
 * versions: `mine` writes the analyst's version over the one on disk, which becomes a
 * backup first; `theirs` leaves the file on disk alone and keeps the analyst's version as a
 * backup. Either way Restore… offers the other version.
 */
export async function resolveDiskConflict(
  store: ProjectStore,
  backups: BackupStore,
  annotator: string,
  choice: DiskConflictChoice,
): Promise<SettledConflict> {
  const entry = await store.findDocument(choice.docId)
  const theirs = await store.readAnnotations(annotator, choice.docId)
  const base = theirs ?? untouchedAnnotations(entry, annotator)
  const mine: AnnotationFile = {
    ...(choice.docLabels === undefined ? base : withoutDocLabels(base)),
    status: choice.status,
    spans: sortSpans([...choice.spans]),
    ...(choice.relations !== undefined && { relations: choice.relations }),
    ...(choice.docLabels !== undefined &&
      Object.keys(choice.docLabels).length > 0 && { docLabels: choice.docLabels }),
    updatedAt: new Date().toISOString(),
  }
  if (choice.keep === 'theirs') {
    const kept = await backups.take(annotator, entry, mine, 'mine-set-aside')
    return { annotations: theirs ?? untouchedAnnotations(entry, annotator), kept }
  }
  await checkSpansFit(store, entry, mine.spans)
  await checkMineFits(store, mine, choice)
  const kept =
    theirs === null ? null : await backups.take(annotator, entry, theirs, 'theirs-replaced')
  const annotations = await store.updateAnnotations(annotator, choice.docId, () => mine)
  return { annotations, kept }
}

function withoutDocLabels(file: AnnotationFile): AnnotationFile {
  const copy: { -readonly [K in keyof AnnotationFile]: AnnotationFile[K] } = { ...file }
  delete copy.docLabels
  return copy
}

/** The analyst's relations and document labels must fit the project as any save's must. */
async function checkMineFits(
  store: ProjectStore,
  mine: AnnotationFile,
  choice: DiskConflictChoice,
): Promise<void> {
  if (choice.relations === undefined && choice.docLabels === undefined) return
  const project = await store.readProject()
  // Checked as if made anew on the file's spans: ends exist, types are defined, no self-links.
  checkRelationsFit(
    { ...mine, relations: [] },
    {
      created: [],
      updated: [],
      deleted: [],
      relations: { created: choice.relations ?? [], deleted: [] },
    },
    relationTypesOf(project),
  )
  checkDocLabelChangesIn(project, {
    created: [],
    updated: [],
    deleted: [],
    docLabels: Object.entries(choice.docLabels ?? {}).map(([category, value]) => ({
      category,
      old: null,
      new: value,
    })),
  })
}
