import type { Handlers } from '../../contract/endpoints'
import { mergeProject } from '../merge/merge-project'
import { expandPath, type SessionContext } from '../session/session-context'

type MergeHandlers = Pick<Handlers, 'mergeProject'>

/** Merging a colleague's project folder into the open project. */
export function mergeHandlers(session: SessionContext): MergeHandlers {
  return {
    async mergeProject({ path, renames, apply }) {
      const store = await session.project()
      // Typed like File → Open Project's path, or picked in the folder dialog: the other
      // project is only ever read, so any folder the user names may be merged from.
      return mergeProject(store, { from: expandPath(path), renames, apply })
    },
  }
}
