import { GlossFailure } from '../core/failure'
import type { Result } from '../core/result'
import { ENDPOINT_NAMES, type EndpointName } from './endpoint-names'
import { endpoints, type Handlers, type Output } from './endpoints'

export const isEndpointName = (name: string): name is EndpointName =>
  (ENDPOINT_NAMES as readonly string[]).includes(name)

/**
 * The one path every request takes, over IPC and HTTP alike: validate the raw input
 * against the endpoint's schema, call the handler, and turn any failure into a value.
 */
export async function dispatch<N extends EndpointName>(
  handlers: Handlers,
  name: N,
  raw: unknown,
): Promise<Result<Output<N>>> {
  const parsed = endpoints[name].input.safeParse(raw ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${name}${where}: ${issue?.message ?? 'rejected'}`,
      },
    }
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<Output<N>>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof GlossFailure) return { ok: false, error: error.toError() }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } }
  }
}
