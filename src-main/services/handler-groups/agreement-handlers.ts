import type { Handlers } from '../../contract/endpoints'
import { agreementOverview } from '../agreement/agreement-service'
import type { SessionContext } from '../session/session-context'
import type { WorkRegister } from '../work/work-register'

type AgreementHandlers = Pick<Handlers, 'getAgreement'>

/** Agreement figures for the agreement view. */
export function agreementHandlers(session: SessionContext, work: WorkRegister): AgreementHandlers {
  return {
    async getAgreement({ annotators, docs, workId }) {
      const store = await session.project()
      const running = work.begin(workId, 'Computing agreement was cancelled.')
      return agreementOverview(store, {
        ...(annotators !== undefined && { annotators }),
        ...(docs !== undefined && { docs }),
        work: running,
      }).finally(running.finish)
    },
  }
}
