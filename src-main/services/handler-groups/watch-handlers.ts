import type { Handlers } from '../../contract/endpoints'
import type { SessionContext } from '../session/session-context'
import type { ProjectWatch } from '../watch/project-watch'

/** What others changed in the open project's folder. */
export function watchHandlers(
  session: SessionContext,
  watch: ProjectWatch,
): Pick<Handlers, 'pollChanges'> {
  return {
    async pollChanges({ since }) {
      // The start-up project may still be opening; its watch starts when it has.
      await session.projectIfOpen()
      return watch.changesSince(since)
    },
  }
}
