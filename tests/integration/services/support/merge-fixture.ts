import { join } from 'node:path'

import type { Handlers } from '../../../../src-main/contract/endpoints'
import { docIdFromSha256 } from '../../../../src-main/core/project/doc-id'
import { sha256Hex } from '../../../../src-main/services/project/document-text'
import { created, ok, openedProject, setup, spanOn, type Setup } from './project-fixture'

export const HARBOUR =
  'Harbour board approves new ferry\n\nThe board will buy 2 electric ferries by 2027, the chair said.\n'
export const LIBRARY =
  'Library extends opening hours\n\nThe library will open until 9pm on weekdays, staff said.\n'
export const MARKET =
  'Market square to be pedestrianised\n\nCars will be banned from the square from May, the mayor promised.\n'

/** The id Gloss gives a (normalised) text. */
export const idOf = (text: string): string => docIdFromSha256(sha256Hex(text))

export const HARBOUR_ID = idOf(HARBOUR)
export const LIBRARY_ID = idOf(LIBRARY)
export const MARKET_ID = idOf(MARKET)

/** Our project and a colleague's, side by side in one temp folder. */
export interface TwoProjects {
  readonly ours: Setup
  readonly theirs: Setup
}

export async function twoProjects(): Promise<TwoProjects> {
  const ours = await setup()
  const theirs = {
    root: ours.root,
    project: join(ours.root, 'colleague'),
    dataDir: join(ours.root, 'colleague-data'),
  }
  return { ours, theirs }
}

/** A phrase of the text and the label it gets. */
export type Tag = readonly [phrase: string, label: string]

/**
 * Imports `text` as `<name>.txt` through the handlers and, when `tags` are given, saves
 * them as the handlers' annotator's spans (ids `<prefix>1`, `<prefix>2`, …).
 */
export async function annotate(
  handlers: Handlers,
  name: string,
  text: string,
  tags: readonly Tag[],
  prefix = 's',
): Promise<void> {
  await ok(handlers, 'importUploads', {
    files: [{ name: `${name}.txt`, base64: Buffer.from(text).toString('base64') }],
  })
  if (tags.length === 0) return
  await ok(handlers, 'applySpanChanges', {
    docId: idOf(text),
    changes: created(
      ...tags.map(([phrase, label], index) => spanOn(text, phrase, label, `${prefix}${index + 1}`)),
    ),
  })
}

/**
 * Ours: alice tagged the harbour article. Theirs: bob tagged the harbour and the library
 * articles. Returns handlers on both (ours as alice, theirs as bob).
 */
export async function aliceAndBob(projects: TwoProjects): Promise<[Handlers, Handlers]> {
  const alice = await openedProject(projects.ours, 'alice')
  await annotate(alice, 'harbour', HARBOUR, [['2 electric ferries', 'statistic']], 'a')
  const bob = await openedProject(projects.theirs, 'bob')
  await annotate(bob, 'harbour', HARBOUR, [['The board will buy 2 electric ferries', 'commitment']])
  await annotate(bob, 'library', LIBRARY, [
    ['9pm', 'statistic'],
    ['staff said', 'claim'],
  ])
  return [alice, bob]
}
