import type { CommandContext } from '../context'
import { createSaveQueue } from '../save-queue'
import { createAgreementCommands } from './agreement'
import { createAnnotateCommands } from './annotate'
import { createAnnotationImportCommands } from './annotation-import'
import { createBackupCommands } from './backups'
import { createComfortCommands } from './comfort'
import { createCommentCommands } from './comments'
import { createDiskChangeCommands } from './disk-changes'
import { createDocLabelCommands } from './doc-labels'
import { createDiskConflictCommands } from './disk-conflict'
import { createDocumentCommands } from './documents'
import { createDocumentListCommands } from './document-list'
import { createExportCommands } from './export'
import { createFindCommands } from './find'
import { createGoldCompareCommands } from './gold-compare'
import { createGuidelineCommands } from './guidelines'
import { createImportCommands } from './import'
import { createRelationCommands } from './relations'
import { createReviewCommands } from './review'
import { createSearchCommands } from './search'
import { createReviewDecisionCommands } from './review-decisions'
import { createMergeCommands } from './merge'
import { createSessionCommands } from './session'
import { createSettingsCommands } from './settings'
import { createSpanStepCommands } from './span-steps'
import { createSyncCommands } from './sync'
import { createUiCommands } from './ui'
import { createUndoPersistence, type UndoPersistenceOptions } from '../undo-persistence'

/** Every command the UI can run, grouped by feature; components call these, never the client. */
export interface CommandOptions {
  readonly undoHistory?: UndoPersistenceOptions
}

export function createCommands(ctx: CommandContext, options: CommandOptions = {}) {
  const saves = createSaveQueue(ctx)
  const comments = createCommentCommands(ctx)
  const documents = createDocumentCommands(ctx, comments, saves)
  const review = createReviewCommands(ctx, saves)
  const backups = createBackupCommands(ctx, saves, documents)
  const session = createSessionCommands(ctx, documents, review, backups.recoverBrokenFiles)
  const annotate = createAnnotateCommands(ctx, saves)
  const disk = createDiskChangeCommands(ctx, { documents, session, saves })
  return {
    session,
    comfort: createComfortCommands(ctx, session),
    documents,
    documentList: createDocumentListCommands(ctx),
    annotate,
    docLabels: createDocLabelCommands(ctx, annotate, session),
    find: createFindCommands(ctx, annotate),
    search: createSearchCommands(ctx, documents, annotate),
    spanSteps: createSpanStepCommands(ctx, annotate),
    relations: createRelationCommands(ctx, annotate),
    imports: createImportCommands(ctx, documents),
    annotationImports: createAnnotationImportCommands(ctx, documents),
    exports: createExportCommands(ctx),
    merges: createMergeCommands(ctx, documents),
    settings: createSettingsCommands(ctx, session, documents),
    ui: createUiCommands(ctx),
    guidelines: createGuidelineCommands(ctx),
    goldCompare: createGoldCompareCommands(ctx),
    review,
    decide: createReviewDecisionCommands(ctx, saves, review),
    comments,
    disk,
    sync: createSyncCommands(ctx, { session, disk, saves, review }),
    agreement: createAgreementCommands(ctx, saves),
    backups,
    diskConflict: createDiskConflictCommands(ctx, saves, documents),
    /** Resolves once every edit made so far has been saved (or a save failed). */
    savesSettled: saves.idle,
    /** Each document's undo history, kept with the host between runs. */
    undoHistory: createUndoPersistence(ctx, saves, options.undoHistory),
  }
}

export type Commands = ReturnType<typeof createCommands>
