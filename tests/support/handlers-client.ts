import { dispatch } from '../../src-main/contract/dispatch'
import { ENDPOINT_NAMES, type EndpointName } from '../../src-main/contract/endpoint-names'
import type { GlossClient, Handlers } from '../../src-main/contract/endpoints'

/** The UI's client over real handlers in this process, noting each call's endpoint in `calls`. */
export function clientOver(handlers: Handlers, calls: EndpointName[] = []): GlossClient {
  return Object.fromEntries(
    ENDPOINT_NAMES.map((name) => [
      name,
      (input: unknown) => {
        calls.push(name)
        return dispatch(handlers, name, input)
      },
    ]),
  ) as unknown as GlossClient
}
