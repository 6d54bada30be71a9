import type { Handlers } from '../../contract/endpoints'
import { readGuidelines, saveGuidelines } from '../project/guidelines'
import type { SessionContext } from '../session/session-context'

type GuidelineHandlers = Pick<Handlers, 'getGuidelines' | 'saveGuidelines'>

/** The project's Markdown guideline, `guidelines.md`. */
export function guidelineHandlers(session: SessionContext): GuidelineHandlers {
  return {
    async getGuidelines() {
      return { markdown: await readGuidelines(await session.project()) }
    },
    async saveGuidelines({ markdown }) {
      const store = await session.project()
      await saveGuidelines(store, markdown)
      return { markdown: await readGuidelines(store) }
    },
  }
}
