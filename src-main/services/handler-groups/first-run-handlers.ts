import type { Handlers } from '../../contract/endpoints'
import { GlossFailure } from '../../core/failure'
import { openSampleProject } from '../first-run/sample-project'
import type { SessionContext } from '../session/session-context'
import { summariseProject } from './project-handlers'

type FirstRunHandlers = Pick<Handlers, 'getPreferences' | 'setPreferences' | 'openSampleProject'>

/** The welcome screen's sample project, and the window's preferences kept in app state. */
export function firstRunHandlers(
  session: SessionContext,
  sampleDir: string | undefined,
): FirstRunHandlers {
  return {
    async getPreferences() {
      return session.appState.preferences()
    },
    async setPreferences(change) {
      return session.appState.rememberPreferences(change)
    },
    async openSampleProject() {
      if (sampleDir === undefined) {
        throw new GlossFailure({
          code: 'unsupported',
          message: 'This Gloss was started without its sample articles.',
          hint: 'Create a project and import your own articles instead.',
        })
      }
      return summariseProject(await openSampleProject(session, sampleDir))
    },
  }
}
