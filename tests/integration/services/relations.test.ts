import { describe, expect, it } from 'vitest'

import { changeSetInput } from '../../../src-main/contract/as-input'
import type { Relation } from '../../../src-main/core/relations/relation'
import { invertChangeSet } from '../../../src-main/core/spans/change-set'
import type { SpanChangeSet } from '../../../src-main/core/spans/span'
import { EMOJI_DOC, emojiProject } from './support/emoji-project'
import { created, failure, ok, readJson, spanOn } from './support/project-fixture'

const DOC = EMOJI_DOC

async function twoSpans() {
  const { handlers, text, file } = await emojiProject()
  const claim = spanOn(text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
  const families = spanOn(text, 'families', 'statistic', 's2')
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(claim, families) })
  return { handlers, file, claim, families }
}

const relation = (type: string, from = 's2', to = 's1'): Relation => ({
  id: 'r1',
  type,
  from,
  to,
  createdAt: '2024-05-02T10:00:00.000Z',
})

const linking = (made: Relation): SpanChangeSet => ({
  created: [],
  updated: [],
  deleted: [],
  relations: { created: [made], deleted: [] },
})

const relationsOnDisk = async (file: string) =>
  ((await readJson(file)) as { relations?: unknown[] }).relations

describe('relations', () => {
  it('saves a relation in the annotator file beside the spans', async () => {
    const { handlers, file } = await twoSpans()
    const made = relation('supports')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: changeSetInput(linking(made)) })
    expect(await relationsOnDisk(file)).toEqual([made])
  })

  it('refuses a type the project does not define, naming the file and the types it has', async () => {
    const { handlers, file } = await twoSpans()
    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: changeSetInput(linking(relation('contradicts'))),
    })
    expect(error.message).toBe(
      `The edit cannot be saved to annotations/alice/${DOC}.json: relation r1 has the type "contradicts", which this project does not define (its types: "supports", "made by", "quantifies").`,
    )
    expect(await relationsOnDisk(file)).toBeUndefined()
  })

  it('refuses a relation to a span id that does not exist', async () => {
    const { handlers } = await twoSpans()
    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: changeSetInput(linking(relation('supports', 's2', 'gone'))),
    })
    expect(error.message).toBe(
      `The edit cannot be saved to annotations/alice/${DOC}.json: relation r1 points at span gone, which does not exist.`,
    )
  })

  it('refuses deleting a span and leaving its relation behind', async () => {
    const { handlers, claim } = await twoSpans()
    await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: changeSetInput(linking(relation('supports'))),
    })
    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: { created: [], updated: [], deleted: [claim] },
    })
    expect(error.message).toBe(
      `The edit cannot be saved to annotations/alice/${DOC}.json: span s1 is deleted but relation r1 still points at it.`,
    )
  })

  it('deletes a span with its relation in one edit, and its inverse brings both back', async () => {
    const { handlers, file, claim } = await twoSpans()
    const made = relation('made-by')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: changeSetInput(linking(made)) })
    const removal: SpanChangeSet = {
      created: [],
      updated: [],
      deleted: [claim],
      relations: { created: [], deleted: [made] },
    }
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: changeSetInput(removal) })
    const after = (await readJson(file)) as { spans: { id: string }[]; relations: unknown[] }
    expect([after.spans.map((span) => span.id), after.relations]).toEqual([['s2'], []])

    const undo = changeSetInput(invertChangeSet(removal))
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: undo })
    const back = (await readJson(file)) as { spans: { id: string }[]; relations: unknown[] }
    expect([back.spans.map((span) => span.id).sort(), back.relations]).toEqual([
      ['s1', 's2'],
      [made],
    ])
  })

  it('sends relations with the document; a file written before relations has none', async () => {
    const { handlers } = await twoSpans()
    const before = await ok(handlers, 'getDocument', { docId: DOC })
    expect(before.annotations.relations).toBeUndefined()
    const made = relation('quantifies')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: changeSetInput(linking(made)) })
    const after = await ok(handlers, 'getDocument', { docId: DOC })
    expect(after.annotations.relations).toEqual([made])
  })
})
