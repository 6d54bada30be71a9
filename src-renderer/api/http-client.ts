import type { GlossClient } from '@contract/endpoints'
import { ENDPOINT_NAMES, type EndpointName } from '@contract/endpoint-names'
import type { Result } from '@core/result'

const TOKEN_KEY = 'gloss.token'

/**
 * The browser host's per-run token: from `?token=` when present, else the one this tab saw
 * before, so a reload without the query string keeps working.
 */
export function readToken(location: Location, storage: Storage): string | null {
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl)
    return fromUrl
  }
  return storage.getItem(TOKEN_KEY)
}

const unreachable = (detail: string): Result<never> => ({
  ok: false,
  error: {
    code: 'internal',
    message: `Cannot reach the Gloss host (${detail}).`,
    hint: 'Check that `npm run web` is still running, then reload this page.',
  },
})

async function post(
  name: EndpointName,
  input: unknown,
  token: string | null,
): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gloss-token': token ?? '' },
      body: JSON.stringify(input ?? {}),
    })
  } catch (error) {
    return unreachable(error instanceof Error ? error.message : String(error))
  }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return unreachable(`HTTP ${response.status} without a JSON answer`)
  }
}

/** The contract over `POST /api/<name>` with the run's token, as the browser host serves it. */
export function createHttpClient(token: string | null): GlossClient {
  const entries = ENDPOINT_NAMES.map((name) => [name, (input: unknown) => post(name, input, token)])
  return Object.fromEntries(entries) as unknown as GlossClient
}
