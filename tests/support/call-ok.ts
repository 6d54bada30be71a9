import { dispatch } from '../../src-main/contract/dispatch'
import type { EndpointName } from '../../src-main/contract/endpoint-names'
import type { Handlers, Input, Output } from '../../src-main/contract/endpoints'

/** Calls an endpoint through the contract's dispatch; a failure throws, naming it. */
export async function callOk<N extends EndpointName>(
  handlers: Handlers,
  name: N,
  input: Input<N>,
): Promise<Output<N>> {
  const result = await dispatch(handlers, name, input)
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`)
  return result.value
}
