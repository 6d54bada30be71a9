import type { Handlers } from '../../contract/endpoints'
import type { ProjectWatch } from '../watch/project-watch'

/** What others changed in the open project's folder. */
export function watchHandlers(watch: ProjectWatch): Pick<Handlers, 'pollChanges'> {
  return {
    pollChanges: ({ since }) => watch.changesSince(since),
  }
}
