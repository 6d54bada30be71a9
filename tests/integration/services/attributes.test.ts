import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS, type Label } from '../../../src-main/core/labels/label'
import { ATTRIBUTE_LABELS } from '../../unit/core/formats/attribute-labels'
import type { Span } from '../../../src-main/core/spans/span'
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

const withAttributes = ATTRIBUTE_LABELS

/** Alice's project with attribute definitions, the Vietnamese article, and one commitment. */
async function project() {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await ok(alice, 'updateProject', { labels: withAttributes })
  await uploadFixtures(alice, 'vietnamese-nfc.txt')
  const { text } = await ok(alice, 'getDocument', { docId: DOC })
  const commitment = spanOn(text, 'Hà Nội cam kết', 'commitment', 's1')
  await ok(alice, 'applySpanChanges', { docId: DOC, changes: created(commitment) })
  const file = join(where.project, 'annotations', 'alice', `${DOC}.json`)
  return { where, alice, commitment, file }
}

const setAttributes = (span: Span, attributes: Span['attributes']) => ({
  created: [],
  updated: [{ old: span, new: { ...span, attributes, updatedAt: '2026-01-02T00:00:00.000Z' } }],
  deleted: [],
})

describe('attribute definitions in gloss.json', () => {
  it('are saved with their label', async () => {
    const { where } = await project()
    const saved = (await readJson(join(where.project, 'gloss.json'))) as { labels: Label[] }
    expect(saved.labels).toEqual(withAttributes)
  })

  it('are refused with a message when a choice lists one value', async () => {
    const { alice } = await project()
    const labels = withAttributes.map((label) =>
      label.id === 'claim'
        ? { ...label, attributes: [{ name: 'source', kind: 'choice', values: ['press'] }] }
        : label,
    )
    expect(await failure(alice, 'updateProject', { labels } as never)).toEqual({
      code: 'invalid-input',
      message:
        'Invalid input for updateProject at labels.2.attributes.0.values: a choice needs at least two values',
    })
  })
})

describe('attribute values on spans', () => {
  it('are saved as a span edit, exactly as given', async () => {
    const { alice, commitment, file } = await project()
    const changes = setAttributes(commitment, { actor: 'Bộ trưởng', strength: 'very hedged' })
    await ok(alice, 'applySpanChanges', { docId: DOC, changes })
    const saved = (await readJson(file)) as { spans: Span[] }
    expect(saved.spans).toEqual([changes.updated[0]?.new])
  })

  it('are refused when a choice value is not listed, and nothing is written', async () => {
    const { alice, commitment, file } = await project()
    const before = await readFile(file, 'utf8')
    const changes = setAttributes(commitment, { strength: 'vague' })
    expect(await failure(alice, 'applySpanChanges', { docId: DOC, changes })).toEqual({
      code: 'invalid-input',
      message:
        'Span s1 cannot be saved: "vague" is not one of the values of "strength" (firm, very hedged).',
      hint: 'Choose one of the listed values, or define the attribute for the label in Settings.',
    })
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('are refused when the label does not define the attribute', async () => {
    const { alice, commitment } = await project()
    const changes = setAttributes(commitment, { unit: 'households' })
    expect((await failure(alice, 'applySpanChanges', { docId: DOC, changes })).message).toBe(
      'Span s1 cannot be saved: the label "Commitment" has no attribute "unit".',
    )
  })

  it('stay on the span when their definition is removed, and the span can still be edited', async () => {
    const { alice, commitment, file } = await project()
    const tagged = { ...commitment, attributes: { strength: 'firm' } }
    await ok(alice, 'applySpanChanges', {
      docId: DOC,
      changes: setAttributes(commitment, tagged.attributes),
    })
    const [saved] = ((await readJson(file)) as { spans: Span[] }).spans
    await ok(alice, 'updateProject', { labels: [...DEFAULT_LABELS] })
    const noted = { ...(saved as Span), note: 'check the minister' }
    await ok(alice, 'applySpanChanges', {
      docId: DOC,
      changes: { created: [], updated: [{ old: saved as Span, new: noted }], deleted: [] },
    })
    expect(((await readJson(file)) as { spans: Span[] }).spans).toEqual([noted])
  })
})
