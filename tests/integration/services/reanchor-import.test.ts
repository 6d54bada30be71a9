import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  ARTICLE_NAME,
  FIRST_VERSION,
  SECOND_VERSION,
  uploadArticle,
} from './support/edited-article'
import {
  created,
  handlersFor,
  stopHost,
  ok,
  openedProject,
  readJson,
  setup,
  spanOn,
  type Setup,
} from './support/project-fixture'

/** The project with the first version imported and tagged by alice and bob. */
async function taggedProject(where: Setup) {
  const alice = await openedProject(where, 'alice')
  const bob = await openedProject(where, 'bob')
  const first = await uploadArticle(alice, FIRST_VERSION)
  const oldId = first.outcomes[0]!.docId!
  const ferries = spanOn(
    FIRST_VERSION,
    'buy two electric ferries for the harbour by 2028',
    'commitment',
    'a1',
  )
  const people = spanOn(FIRST_VERSION, '4,500 people', 'statistic', 'a2')
  const mayor = spanOn(FIRST_VERSION, 'a turning point for the town', 'claim', 'b1')
  await ok(alice, 'applySpanChanges', { docId: oldId, changes: created(ferries, people) })
  await ok(bob, 'applySpanChanges', { docId: oldId, changes: created(mayor) })
  // Bob has closed his window: his layer is free to write.
  await stopHost(bob, where, 'bob')
  return { alice, oldId, ferries, people, mayor }
}

const layerOn = (where: Setup, annotator: string, docId: string) =>
  readJson(join(where.project, 'annotations', annotator, `${docId}.json`)) as Promise<{
    status: string
    spans: { id: string; start: number; end: number; text: string }[]
  }>

describe('re-importing a changed article', () => {
  it('adds the new version and reports how every span was placed', async () => {
    const where = await setup()
    const { alice, oldId } = await taggedProject(where)
    const second = await uploadArticle(alice, SECOND_VERSION)
    const [outcome] = second.outcomes
    expect(outcome).toEqual({
      source: ARTICLE_NAME,
      result: 'imported',
      docId: outcome!.docId,
      title: 'Harbour town plans new ferry',
      reanchor: {
        replaces: { docId: oldId, title: 'Harbour town plans new ferry' },
        exact: 1,
        fuzzy: 1,
        notPlaced: [
          {
            annotator: 'bob',
            label: 'Claim',
            text: 'a turning point for the town',
            reason: 'its text is not in the new version, nor anything close enough to it',
          },
        ],
        unwritten: [],
      },
    })
    expect(outcome!.docId).not.toBe(oldId)
  })

  it("writes each annotator's spans on the new version at their new offsets", async () => {
    const where = await setup()
    const { alice, people } = await taggedProject(where)
    const newId = (await uploadArticle(alice, SECOND_VERSION)).outcomes[0]!.docId!
    const at = SECOND_VERSION.indexOf('4,500 people')
    const ferriesAt = SECOND_VERSION.indexOf('buy two electric ferries')
    expect((await layerOn(where, 'alice', newId)).spans).toEqual([
      expect.objectContaining({
        id: 'a1',
        start: ferriesAt,
        end: ferriesAt + 48,
        text: 'buy two electric ferries for the harbour by 2029',
      }),
      { ...people, start: at, end: at + 12 },
    ])
  })

  it('leaves the old version and its files as they were, the lost span kept there', async () => {
    const where = await setup()
    const { alice, oldId, mayor } = await taggedProject(where)
    const bobsFile = join(where.project, 'annotations', 'bob', `${oldId}.json`)
    const before = await readFile(bobsFile, 'utf8')
    await uploadArticle(alice, SECOND_VERSION)
    expect(await readFile(bobsFile, 'utf8')).toBe(before)
    expect((await layerOn(where, 'bob', oldId)).spans).toEqual([mayor])
    const opened = await ok(alice, 'getDocument', { docId: oldId })
    expect(opened.text).toBe(FIRST_VERSION)
  })

  it('links the new version to the old one in the index, on the new entry only', async () => {
    const where = await setup()
    const { alice, oldId } = await taggedProject(where)
    const newId = (await uploadArticle(alice, SECOND_VERSION)).outcomes[0]!.docId!
    const index = (await readJson(join(where.project, 'documents', 'index.json'))) as {
      documents: Record<string, unknown>[]
    }
    expect(index.documents.map((entry) => [entry['id'], entry['replaces']])).toEqual([
      [oldId, undefined],
      [newId, oldId],
    ])
  })

  it('reports a layer another program is writing and leaves it unwritten', async () => {
    const where = await setup()
    const { alice } = await taggedProject(where)
    const bobAgain = await handlersFor(where, 'bob')
    await ok(bobAgain, 'openProject', { path: where.project, create: false })
    const [outcome] = (await uploadArticle(alice, SECOND_VERSION)).outcomes
    expect(outcome!.reanchor!.unwritten).toEqual([
      {
        annotator: 'bob',
        spans: 1,
        message: expect.stringMatching(
          /^The annotations of bob in .* are already being written by /u,
        ),
      },
    ])
    expect(outcome!.reanchor!.notPlaced).toEqual([])
    await expect(
      readFile(join(where.project, 'annotations', 'bob', `${outcome!.docId}.json`)),
    ).rejects.toThrow('ENOENT')
  })

  it('never takes the records of a corpus without ids for versions of each other', async () => {
    const where = await setup()
    const alice = await openedProject(where, 'alice')
    const corpus = [
      '{"text":"First report on the harbour."}',
      '{"text":"Second report on the bay."}',
    ]
    const summary = await uploadArticle(alice, corpus.join('\n'), 'reports.jsonl')
    expect(summary.outcomes.map((outcome) => outcome.reanchor)).toEqual([undefined, undefined])
    const again = await uploadArticle(alice, '{"text":"Third report."}', 'reports.jsonl')
    expect(again.outcomes[0]!.reanchor).toBeUndefined()
  })

  it('adds a re-published article of a source it knows under a new id, like any new text', async () => {
    const where = await setup()
    const { alice, oldId } = await taggedProject(where)
    const summary = await uploadArticle(alice, SECOND_VERSION)
    expect([summary.imported, summary.duplicates, summary.refused]).toEqual([1, 0, 0])
    const listed = await ok(alice, 'listDocuments', {})
    expect(listed.map((item) => item.id)).toEqual([oldId, summary.outcomes[0]!.docId])
  })

  it('shows the link both ways in the document list', async () => {
    const where = await setup()
    const { alice, oldId } = await taggedProject(where)
    const newId = (await uploadArticle(alice, SECOND_VERSION)).outcomes[0]!.docId!
    const listed = await ok(alice, 'listDocuments', {})
    const title = 'Harbour town plans new ferry'
    expect(listed.map(({ id, replaces, replacedBy }) => ({ id, replaces, replacedBy }))).toEqual([
      { id: oldId, replaces: undefined, replacedBy: { id: newId, title } },
      { id: newId, replaces: { id: oldId, title }, replacedBy: undefined },
    ])
  })

  it('puts a layer marked done back in progress when a span moved or was lost', async () => {
    const where = await setup()
    const { alice, oldId } = await taggedProject(where)
    await ok(alice, 'setDocumentStatus', { docId: oldId, status: 'done' })
    const newId = (await uploadArticle(alice, SECOND_VERSION)).outcomes[0]!.docId!
    expect((await layerOn(where, 'alice', newId)).status).toBe('in-progress')
    expect((await layerOn(where, 'alice', oldId)).status).toBe('done')
  })
})
