import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { changeSetInput } from '../../../src-main/contract/as-input'
import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import type { Relation } from '../../../src-main/core/relations/relation'
import { DEFAULT_RELATION_TYPES } from '../../../src-main/core/relations/relation-types'
import { EMOJI_DOC, emojiProject } from './support/emoji-project'
import { created, failure, ok, readJson, spanOn } from './support/project-fixture'

const CONTRADICTS = { id: 'contradicts', name: 'contradicts', description: 'Says the opposite.' }
const WITH_CONTRADICTS = [...DEFAULT_RELATION_TYPES, CONTRADICTS]

const contradiction: Relation = {
  id: 'r1',
  type: 'contradicts',
  from: 's2',
  to: 's1',
  createdAt: '2024-05-02T10:00:00.000Z',
}

/** A project whose article has two of alice's spans (s1 a claim, s2 a statistic). */
async function twoSpans() {
  const project = await emojiProject()
  const claim = spanOn(project.text, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 's1')
  const families = spanOn(project.text, 'families', 'statistic', 's2')
  await ok(project.handlers, 'applySpanChanges', {
    docId: EMOJI_DOC,
    changes: created(claim, families),
  })
  return { ...project, glossJson: join(project.where.project, 'gloss.json') }
}

const link = (relation: Relation) =>
  changeSetInput({
    created: [],
    updated: [],
    deleted: [],
    relations: { created: [relation], deleted: [] },
  })

describe('relation types in updateProject', () => {
  it('writes the list to gloss.json after the labels and hands it out with the project', async () => {
    const { handlers, glossJson } = await twoSpans()
    const summary = await ok(handlers, 'updateProject', { relationTypes: WITH_CONTRADICTS })
    expect(summary.relationTypes).toEqual(WITH_CONTRADICTS)
    expect(await readJson(glossJson)).toEqual({
      version: 1,
      name: 'project',
      labels: DEFAULT_LABELS,
      relationTypes: WITH_CONTRADICTS,
      settings: { snapToWords: true },
    })
  })

  it('trims the names it is given', async () => {
    const { handlers } = await twoSpans()
    const summary = await ok(handlers, 'updateProject', {
      relationTypes: [{ id: 'contradicts', name: '  contradicts  ' }],
    })
    expect(summary.relationTypes).toEqual([{ id: 'contradicts', name: 'contradicts' }])
  })

  it('lets a new type be used for a relation at once', async () => {
    const { handlers, file } = await twoSpans()
    await ok(handlers, 'updateProject', { relationTypes: WITH_CONTRADICTS })
    await ok(handlers, 'applySpanChanges', { docId: EMOJI_DOC, changes: link(contradiction) })
    expect(((await readJson(file)) as { relations: unknown }).relations).toEqual([contradiction])
  })

  it('refuses two names that differ only in case and leaves gloss.json as it was', async () => {
    const { handlers, glossJson } = await twoSpans()
    const before = await readFile(glossJson, 'utf8')
    const error = await failure(handlers, 'updateProject', {
      relationTypes: [...DEFAULT_RELATION_TYPES, { id: 'supports-2', name: 'Supports' }],
    })
    expect(error).toEqual({
      code: 'invalid-input',
      message: 'Two relation types are named "Supports" and "supports".',
      hint: 'Give each relation type its own name, then save again.',
    })
    expect(await readFile(glossJson, 'utf8')).toBe(before)
  })

  it('refuses a name that is empty once trimmed', async () => {
    const { handlers } = await twoSpans()
    const error = await failure(handlers, 'updateProject', {
      relationTypes: [{ id: 'blank', name: '   ' }],
    })
    expect(error.message).toBe(
      'Invalid input for updateProject at relationTypes.0.name: Too small: expected string to have >=1 characters',
    )
  })

  it('refuses more than twenty types', async () => {
    const { handlers } = await twoSpans()
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `t${i}`, name: `type ${i}` }))
    const error = await failure(handlers, 'updateProject', { relationTypes: many })
    expect(error.message).toBe(
      'Invalid input for updateProject at relationTypes: A project can have at most 20 relation types',
    )
  })

  it('keeps the relation types when only the labels are saved', async () => {
    const { handlers, glossJson } = await twoSpans()
    await ok(handlers, 'updateProject', { relationTypes: [CONTRADICTS] })
    await ok(handlers, 'updateProject', { labels: DEFAULT_LABELS.slice(0, 3) })
    expect(((await readJson(glossJson)) as { relationTypes: unknown }).relationTypes).toEqual([
      CONTRADICTS,
    ])
  })

  it('keeps the relations of a removed type in the file and in the brat export, under its id', async () => {
    const { handlers, file } = await twoSpans()
    await ok(handlers, 'updateProject', { relationTypes: WITH_CONTRADICTS })
    await ok(handlers, 'applySpanChanges', { docId: EMOJI_DOC, changes: link(contradiction) })
    await ok(handlers, 'updateProject', { relationTypes: [...DEFAULT_RELATION_TYPES] })
    expect(((await readJson(file)) as { relations: unknown }).relations).toEqual([contradiction])
    const exported = await ok(handlers, 'exportDataset', { format: 'brat', source: 'me' })
    const ann = exported.files.find((item) => item.path.endsWith('.ann'))?.content ?? ''
    expect(ann.split('\n').filter((line) => line.startsWith('R'))).toEqual([
      // s2 ("families") comes first in the text, so it is T1.
      'R1\tcontradicts Arg1:T1 Arg2:T2',
    ])
  })
})
