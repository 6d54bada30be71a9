import type { ProjectStore } from '../project/project-store'
import type { SessionContext } from '../session/session-context'
import { backUpBeforeEdit, backupsOf } from './layer-backups'

/** The session's project, with the annotator's file for `docId` backed up first when due. */
export async function backedUp(
  session: SessionContext,
  docId: string,
  layer: string = session.annotator(),
): Promise<ProjectStore> {
  const store = await session.project()
  await backUpBeforeEdit(backupsOf(session.appState.dataDir, store), store, layer, docId)
  return store
}
