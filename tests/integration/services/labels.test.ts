import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import {
  created,
  failure,
  ok,
  openedProject,
  readJson,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const DOC = 'e87f5009053e1767'

/** Alice and Bob each tagged one statistic and one commitment on the Vietnamese article. */
async function twoAnnotators() {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await uploadFixtures(alice, 'vietnamese-nfc.txt')
  const { text } = await ok(alice, 'getDocument', { docId: DOC })
  const statistic = spanOn(text, '12.500 hộ dân', 'statistic', 's1')
  const commitment = spanOn(text, 'Hà Nội cam kết', 'commitment', 's2')
  await ok(alice, 'applySpanChanges', { docId: DOC, changes: created(statistic, commitment) })
  const bob = await openedProject(where, 'bob')
  await ok(bob, 'applySpanChanges', { docId: DOC, changes: created(statistic, commitment) })
  const fileOf = (who: string) => join(where.project, 'annotations', who, `${DOC}.json`)
  return { where, alice, bob, statistic, commitment, fileOf }
}

const withoutStatistic = DEFAULT_LABELS.filter((label) => label.id !== 'statistic')

describe('the label set', () => {
  it("counts the current annotator's spans and documents that use a label", async () => {
    const { alice } = await twoAnnotators()
    expect(await ok(alice, 'countLabelUsage', { labelId: 'statistic' })).toEqual({
      spans: 1,
      documents: 1,
    })
    expect(await ok(alice, 'countLabelUsage', { labelId: 'claim' })).toEqual({
      spans: 0,
      documents: 0,
    })
  })

  it("removing a label deletes only the current annotator's spans with it", async () => {
    const { alice, commitment, fileOf } = await twoAnnotators()
    const bobBefore = await readFile(fileOf('bob'), 'utf8')

    const summary = await ok(alice, 'updateProject', { labels: withoutStatistic })
    expect(summary.labels).toEqual(withoutStatistic)
    expect(((await readJson(fileOf('alice'))) as { spans: unknown[] }).spans).toEqual([commitment])
    expect(await readFile(fileOf('bob'), 'utf8')).toBe(bobBefore)
  })

  it('removing a label deletes the relations of the spans it deletes, and keeps the others', async () => {
    const { alice, statistic, commitment, fileOf } = await twoAnnotators()
    const { text } = await ok(alice, 'getDocument', { docId: DOC })
    const claim = spanOn(text, 'cam kết', 'claim', 's3')
    const stamp = '2026-01-01T00:00:00.000Z'
    const quantifies = {
      id: 'r1',
      type: 'quantifies',
      from: statistic.id,
      to: commitment.id,
      createdAt: stamp,
    }
    const supports = {
      id: 'r2',
      type: 'supports',
      from: claim.id,
      to: commitment.id,
      createdAt: stamp,
    }
    await ok(alice, 'applySpanChanges', {
      docId: DOC,
      changes: { ...created(claim), relations: { created: [quantifies, supports], deleted: [] } },
    })

    await ok(alice, 'updateProject', { labels: withoutStatistic })

    const file = (await readJson(fileOf('alice'))) as {
      spans: { id: string }[]
      relations: unknown[]
    }
    expect(file.spans.map((span) => span.id)).toEqual(['s2', 's3'])
    expect(file.relations).toEqual([supports])
  })

  it('saves the new label set, name and settings in gloss.json', async () => {
    const { alice, where } = await twoAnnotators()
    const renamed = DEFAULT_LABELS.map((label) =>
      label.id === 'claim' ? { ...label, name: 'Assertion', color: '#123456', hotkey: '9' } : label,
    )

    await ok(alice, 'updateProject', {
      name: 'Mekong study',
      labels: renamed,
      settings: { snapToWords: false },
    })
    expect(await readJson(join(where.project, 'gloss.json'))).toEqual({
      version: 1,
      name: 'Mekong study',
      labels: renamed,
      settings: { snapToWords: false },
    })
  })

  it('refuses two labels with the same hotkey and changes nothing', async () => {
    const { alice, where, fileOf } = await twoAnnotators()
    const before = await readFile(join(where.project, 'gloss.json'), 'utf8')
    const aliceBefore = await readFile(fileOf('alice'), 'utf8')
    const clash = withoutStatistic.map((label) =>
      label.id === 'claim' ? { ...label, hotkey: '1' } : label,
    )

    expect(await failure(alice, 'updateProject', { labels: clash })).toEqual({
      code: 'invalid-input',
      message: 'The labels "Commitment" and "Claim" both use the key 1.',
      hint: 'Give each label its own name and key, then save again.',
    })
    expect(await readFile(join(where.project, 'gloss.json'), 'utf8')).toBe(before)
    expect(await readFile(fileOf('alice'), 'utf8')).toBe(aliceBefore)
  })

  it('refuses two labels with the same name, whatever the case', async () => {
    const { alice } = await twoAnnotators()
    const clash = DEFAULT_LABELS.map((label) =>
      label.id === 'claim' ? { ...label, name: 'statistic' } : label,
    )
    expect((await failure(alice, 'updateProject', { labels: clash })).message).toBe(
      'Two labels are named "statistic" and "Statistic".',
    )
  })

  it('refuses a span whose label the project does not have', async () => {
    const { alice } = await twoAnnotators()
    const { text } = await ok(alice, 'getDocument', { docId: DOC })
    const error = await failure(alice, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(text, 'sông Mê Kông', 'place', 's9')),
    })
    expect(error).toEqual({
      code: 'invalid-input',
      message: 'Span s9 uses the label "place", which this project does not have.',
      hint: 'Reload the document and make the change again.',
    })
  })
})
