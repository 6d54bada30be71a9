import type { Handlers } from '../../../../src-main/contract/endpoints'
import { created, ok, openedProject, setup, spanOn, type Setup } from './project-fixture'

/** Eight tokens: Ferry | plan | Ministers | pledged | 40 | new | ferries | . */
export const FERRY = 'Ferry plan\n\nMinisters pledged 40 new ferries.\n'
/** Nine tokens: Port | traffic | The | port | handled | 3 | million | tonnes | . */
export const PORT = 'Port traffic\n\nThe port handled 3 million tonnes.\n'

export interface TwoAnnotators {
  readonly where: Setup
  readonly alice: Handlers
  readonly bob: Handlers
  readonly ferry: string
  readonly port: string
}

/**
 * A project with the two articles, and on the ferry article alice's Commitment "pledged 40
 * new ferries" and bob's shorter Commitment "pledged 40 new" with a Statistic "40" inside.
 */
export async function twoAnnotators(): Promise<TwoAnnotators> {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  const imported = await ok(alice, 'importUploads', {
    files: [upload('ferry.txt', FERRY), upload('port.txt', PORT)],
  })
  const [ferry, port] = imported.outcomes.map((outcome) => outcome.docId ?? '')
  const bob = await openedProject(where, 'bob')
  await ok(alice, 'applySpanChanges', {
    docId: ferry ?? '',
    changes: created(spanOn(FERRY, 'pledged 40 new ferries', 'commitment', 'a1')),
  })
  await ok(bob, 'applySpanChanges', {
    docId: ferry ?? '',
    changes: created(
      spanOn(FERRY, 'pledged 40 new', 'commitment', 'b1'),
      spanOn(FERRY, '40', 'statistic', 'b2'),
    ),
  })
  return { where, alice, bob, ferry: ferry ?? '', port: port ?? '' }
}

const upload = (name: string, text: string) => ({
  name,
  base64: Buffer.from(text, 'utf8').toString('base64'),
})
