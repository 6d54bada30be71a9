import type { BackupInfo } from '../../core/backups/backup-info'
import { sortSpans } from '../../core/spans/overlaps'
import type { AnnotationFile, DocumentStatus, Span } from '../../core/spans/span'
import { checkSpansFit, untouchedAnnotations } from '../annotations/span-edits'
import type { ProjectStore } from '../project/project-store'
import type { BackupStore } from './backup-store'

export interface DiskConflictChoice {
  readonly docId: string
  readonly keep: 'mine' | 'theirs'
  /** The analyst's version: every span on screen, unsaved edits included. */
  readonly spans: readonly Span[]
  readonly status: DocumentStatus
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
  const mine: AnnotationFile = {
    ...(theirs ?? untouchedAnnotations(entry, annotator)),
    status: choice.status,
    spans: sortSpans([...choice.spans]),
    updatedAt: new Date().toISOString(),
  }
  if (choice.keep === 'theirs') {
    const kept = await backups.take(annotator, entry, mine, 'mine-set-aside')
    return { annotations: theirs ?? untouchedAnnotations(entry, annotator), kept }
  }
  await checkSpansFit(store, entry, mine.spans)
  const kept =
    theirs === null ? null : await backups.take(annotator, entry, theirs, 'theirs-replaced')
  const annotations = await store.updateAnnotations(annotator, choice.docId, () => mine)
  return { annotations, kept }
}
