import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { changeSetInput } from '../../../src-main/contract/as-input'
import { invertChangeSet } from '../../../src-main/core/spans/change-set'
import {
  failure,
  ok,
  openedProject,
  readJson,
  setup,
  uploadFixtures,
} from './support/project-fixture'

const DOC = '525068365206a9a3'
const TOPIC = {
  id: 'topic',
  name: 'Topic',
  values: ['Politics', 'Economy'],
  description: 'What the article is mainly about.',
}
const none = { created: [], updated: [], deleted: [] }
const setTopic = (old: string | null, next: string | null) => ({
  ...none,
  docLabels: [{ category: 'topic', old, new: next }],
})

async function topicProject() {
  const where = await setup()
  const handlers = await openedProject(where)
  await ok(handlers, 'updateProject', { docLabels: [TOPIC] })
  await uploadFixtures(handlers, 'emoji-astral.txt')
  const file = join(where.project, 'annotations', 'alice', `${DOC}.json`)
  return { where, handlers, file }
}

describe('document labels', () => {
  it('keeps the categories in gloss.json and hands them out with the project', async () => {
    const { where, handlers } = await topicProject()
    expect((await readJson(join(where.project, 'gloss.json'))) as object).toMatchObject({
      docLabels: [TOPIC],
    })
    const session = await ok(handlers, 'getSession', {})
    expect(session.project?.docLabels).toEqual([TOPIC])
  })

  it('reads a gloss.json written before document labels existed as having none', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const file = join(where.project, 'gloss.json')
    const project = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    expect(Object.keys(project)).toEqual(['version', 'name', 'labels', 'settings'])
    expect((await ok(handlers, 'getSession', {})).project?.docLabels).toBeUndefined()
  })

  it("saves a value in the annotator's own file, moving the document to in-progress", async () => {
    const { handlers, file } = await topicProject()
    const saved = await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: setTopic(null, 'Economy'),
    })
    expect(saved.status).toBe('in-progress')
    expect(await readJson(file)).toMatchObject({ spans: [], docLabels: { topic: 'Economy' } })
    expect((await ok(handlers, 'getDocument', { docId: DOC })).annotations.docLabels).toEqual({
      topic: 'Economy',
    })
  })

  it('undoes a value with the inverse change, leaving no docLabels field', async () => {
    const { handlers, file } = await topicProject()
    const change = setTopic(null, 'Politics')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: change })
    await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: changeSetInput(invertChangeSet(change)),
    })
    const onDisk = (await readJson(file)) as Record<string, unknown>
    expect(Object.keys(onDisk)).toEqual([
      'version',
      'docId',
      'annotator',
      'status',
      'spans',
      'updatedAt',
    ])
  })

  it('refuses a stale change as a conflict and keeps the file', async () => {
    const { handlers, file } = await topicProject()
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: setTopic(null, 'Politics') })
    const before = await readFile(file, 'utf8')
    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: setTopic('Economy', null),
    })
    expect(error.code).toBe('conflict')
    expect(error.message).toBe(
      'The document label "topic" is "Politics", not "Economy": it changed since this edit was made.',
    )
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('refuses a value the category does not list, naming its values', async () => {
    const { handlers } = await topicProject()
    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: setTopic(null, 'Sport'),
    })
    expect(error).toMatchObject({
      code: 'invalid-input',
      message:
        '"Sport" is not a value of the document label "Topic" (its values: Politics, Economy).',
    })
  })

  it('refuses a category set that lists a value twice', async () => {
    const { handlers } = await topicProject()
    const error = await failure(handlers, 'updateProject', {
      docLabels: [{ ...TOPIC, values: ['Politics', 'Politics'] }],
    })
    expect(error.message).toBe('The document label "Topic" lists "Politics" twice.')
  })

  it("exports each layer's values in native JSONL, keyed by annotator and category name", async () => {
    const { handlers } = await topicProject()
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: setTopic(null, 'Economy') })
    const exported = await ok(handlers, 'exportDataset', { format: 'jsonl', source: 'all' })
    const line = JSON.parse(exported.files[0]?.content ?? '') as Record<string, unknown>
    expect(line.docLabels).toEqual({ alice: { Topic: 'Economy' } })
  })
})
