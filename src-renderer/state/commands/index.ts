import type { CommandContext } from '../context'
import { createSaveQueue } from '../save-queue'
import { createAgreementCommands } from './agreement'
import { createAnnotateCommands } from './annotate'
import { createAnnotationImportCommands } from './annotation-import'
import { createDocumentCommands } from './documents'
import { createExportCommands } from './export'
import { createImportCommands } from './import'
import { createSessionCommands } from './session'
import { createSettingsCommands } from './settings'
import { createUiCommands } from './ui'

/** Every command the UI can run, grouped by feature; components call these, never the client. */
export function createCommands(ctx: CommandContext) {
  const saves = createSaveQueue(ctx)
  const documents = createDocumentCommands(ctx)
  const session = createSessionCommands(ctx, documents)
  return {
    session,
    documents,
    annotate: createAnnotateCommands(ctx, saves),
    imports: createImportCommands(ctx, documents),
    annotationImports: createAnnotationImportCommands(ctx, documents),
    exports: createExportCommands(ctx),
    settings: createSettingsCommands(ctx, session, documents),
    ui: createUiCommands(ctx),
    agreement: createAgreementCommands(ctx, saves),
    /** Resolves once every edit made so far has been saved (or a save failed). */
    savesSettled: saves.idle,
  }
}

export type Commands = ReturnType<typeof createCommands>
