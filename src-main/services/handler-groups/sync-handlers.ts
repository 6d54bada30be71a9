import type { Handlers } from '../../contract/endpoints'
import { isRemoteUrl } from '../../core/sync/remote-kind'
import { joinTeamProject } from '../sync/join-project'
import { syncProject } from '../sync/sync-project'
import { syncStatus } from '../sync/sync-status'
import { expandPath, type SessionContext } from '../session/session-context'
import { summariseProject } from './project-handlers'

type SyncHandlers = Pick<Handlers, 'getSyncStatus' | 'syncProject' | 'joinTeamProject'>

/** A remote as typed in the app: a folder path must be a full one (`~` expanded). */
const remoteFrom = (typed: string): string =>
  isRemoteUrl(typed.trim()) ? typed.trim() : expandPath(typed)

/** Team sync of the open project through git (services/sync). */
export function syncHandlers(session: SessionContext, mergeDriver?: string): SyncHandlers {
  const driver = mergeDriver === undefined ? {} : { mergeDriver }
  return {
    async getSyncStatus({ lookAtTeam }) {
      const store = await session.project()
      return syncStatus(store.paths.root, lookAtTeam === undefined ? {} : { lookAtTeam })
    },
    async syncProject({ remote }) {
      const store = await session.project()
      return syncProject(store, {
        ...driver,
        ...(remote !== undefined && { remote: remoteFrom(remote) }),
      })
    },
    async joinTeamProject({ remote, path }) {
      const folder = await joinTeamProject(expandPath(path), remoteFrom(remote), driver)
      return summariseProject(await session.openProject(folder, false))
    },
  }
}
