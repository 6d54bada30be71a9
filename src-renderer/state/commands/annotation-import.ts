import type { AnnotationImportSummary } from '@contract/endpoints'

import {
  annotationImportRequest,
  type AnnotationImportChoices,
} from '../../import/annotation-import-choices'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { DocumentCommands } from './documents'
import type { UploadSource } from './import'

/** Files picked for an annotation import: read in the page, or granted by a native dialog. */
export type PickedAnnotationFiles =
  | { readonly kind: 'uploads'; readonly sources: readonly UploadSource[] }
  | { readonly kind: 'paths'; readonly paths: readonly string[] }

export function createAnnotationImportCommands(ctx: CommandContext, documents: DocumentCommands) {
  const { store, client } = ctx

  /** The list's counts and the open document may have new spans: fetch both again. */
  const refreshAfter = async (summary: AnnotationImportSummary): Promise<void> => {
    const me = store.get().session?.annotator
    if (me !== undefined && summary.annotators.includes(me)) {
      // The analyst's own layer changed under the undo stacks: undo would revert the import.
      store.update((state) => ({ ...state, histories: {} }))
    }
    await documents.reloadDocuments()
  }

  return {
    /** Electron: a native dialog for the files (or brat's folder); `null` when cancelled. */
    pickAnnotationPaths: async (folder: boolean): Promise<readonly string[] | null> => {
      const picked = unwrap(
        ctx,
        await client.pickImportPaths({ kind: folder ? 'folder' : 'files' }),
      )
      return picked && picked.paths.length > 0 ? picked.paths : null
    },

    /**
     * Imports the files into the chosen layer, shows the summary (every problem with its
     * file and line), then refreshes the list and the open document. `false` when it failed.
     */
    importAnnotations: async (
      choices: AnnotationImportChoices,
      picked: PickedAnnotationFiles,
    ): Promise<boolean> => {
      const me = store.get().session?.annotator ?? ''
      const files =
        picked.kind === 'paths'
          ? picked
          : {
              kind: 'uploads' as const,
              uploads: await Promise.all(
                picked.sources.map(async (source) => ({
                  name: source.name,
                  base64: await source.readBase64(),
                })),
              ),
            }
      const summary = unwrap(
        ctx,
        await client.importAnnotations(annotationImportRequest(choices, me, files)),
      )
      if (!summary) return false
      store.update((state) => ({
        ...state,
        dialog: { kind: 'annotation-import-summary', summary },
      }))
      await refreshAfter(summary)
      return true
    },
  }
}

export type AnnotationImportCommands = ReturnType<typeof createAnnotationImportCommands>
