import type { Handlers } from '../../contract/endpoints'
import { searchProject } from '../search/search-project'
import { createSearchTexts } from '../search/search-texts'
import type { SessionContext } from '../session/session-context'
import type { WorkRegister } from '../work/work-register'

type SearchHandlers = Pick<Handlers, 'searchProject' | 'cancelWork' | 'workProgress'>

/** Project-wide search, and following and cancelling any long call. */
export function searchHandlers(session: SessionContext, work: WorkRegister): SearchHandlers {
  // Texts are kept across searches (and projects: they are keyed by full path).
  const texts = createSearchTexts()
  return {
    async searchProject({ query, limit, workId }) {
      const store = await session.project()
      const running = work.begin(workId, 'The search was cancelled.')
      try {
        return await searchProject(store, query, {
          me: session.annotator(),
          limit,
          texts,
          work: running,
        })
      } finally {
        running.finish()
      }
    },
    async cancelWork({ workId }) {
      return { cancelled: work.cancel(workId) }
    },
    async workProgress({ workId }) {
      return work.progress(workId)
    },
  }
}
