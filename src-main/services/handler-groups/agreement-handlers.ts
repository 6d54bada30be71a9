import type { Handlers } from '../../contract/endpoints'
import { agreementOverview } from '../agreement/agreement-service'
import type { SessionContext } from '../session/session-context'

type AgreementHandlers = Pick<Handlers, 'getAgreement'>

/** Agreement figures for the agreement view. */
export function agreementHandlers(session: SessionContext): AgreementHandlers {
  return {
    async getAgreement({ annotators, docs }) {
      return agreementOverview(await session.project(), {
        ...(annotators !== undefined && { annotators }),
        ...(docs !== undefined && { docs }),
      })
    },
  }
}
