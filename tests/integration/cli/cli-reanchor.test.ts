import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  created,
  ok,
  openedProject,
  setup,
  spanOn,
  stopHost,
  type Setup,
} from '../services/support/project-fixture'
import { FIRST_VERSION, SECOND_VERSION } from '../services/support/edited-article'
import { gloss } from './support/run-gloss'

/** The first version imported by the CLI, then tagged by alice in the app. */
async function tagged(where: Setup) {
  const file = join(where.root, 'harbour-ferry.txt')
  await writeFile(file, FIRST_VERSION)
  expect((await gloss('import', where.project, file)).code).toBe(0)
  const alice = await openedProject(where, 'alice')
  const [entry] = await ok(alice, 'listDocuments', {})
  const spans = [
    spanOn(FIRST_VERSION, 'buy two electric ferries for the harbour by 2028', 'commitment', 'a1'),
    spanOn(FIRST_VERSION, '4,500 people', 'statistic', 'a2'),
    spanOn(FIRST_VERSION, 'a turning point for the town', 'claim', 'a3'),
  ]
  await ok(alice, 'applySpanChanges', { docId: entry!.id, changes: created(...spans) })
  await writeFile(file, SECOND_VERSION)
  return { alice, file, oldId: entry!.id }
}

describe('gloss import of a changed article', () => {
  it('prints how many spans were placed exactly, by fuzzy match and not placed, naming them', async () => {
    const where = await setup()
    const { alice, file, oldId } = await tagged(where)
    await stopHost(alice, where)

    expect(await gloss('import', where.project, file)).toEqual({
      code: 0,
      stdout: [
        `${file}: new version of "Harbour town plans new ferry" (${oldId}); spans placed exactly 1, placed by fuzzy match 1, not placed 1`,
        '  not placed: alice, Claim "a turning point for the town": its text is not in the new version, nor anything close enough to it (it stays on the old version)',
        'imported 1, duplicates 0, refused 0',
      ],
      stderr: [],
    })
  })

  it('exits 2 naming a layer an open Gloss writes, whose spans stay on the old version', async () => {
    const where = await setup()
    const { file } = await tagged(where)

    const run = await gloss('import', where.project, file)
    expect(run.code).toBe(2)
    expect(run.stdout[1]).toMatch(
      /^ {2}not carried: alice's 3 spans stay on the old version: The annotations of alice in .* are already being written by /u,
    )
  })
  it('imports annotations whose offsets missed their text where it is nearby, naming each', async () => {
    const where = await setup()
    const file = join(where.root, 'shifted.jsonl')
    const text = 'Port authority reports 3 new cranes.\n'
    const span = { start: 25, end: 37, label: 'Statistic', text: '3 new cranes' }
    await writeFile(file, JSON.stringify({ text, spans: [span] }))

    expect(
      await gloss('import', where.project, file, '--format', 'jsonl', '--annotator', 'carol'),
    ).toEqual({
      code: 0,
      stdout: [
        `re-anchored ${file}: line 1, span 1: offsets 25–37 cover "new cranes.\\n" but the file says "3 new cranes"; placed on that text 2 characters earlier`,
        'documents matched 0, added 1; spans imported 1, skipped 0; layers written: carol',
      ],
      stderr: [],
    })
  })
})
