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

  describe('in the other formats', () => {
    async function exported(format: 'doccano' | 'spacy' | 'labelstudio' | 'w3c' | 'brat') {
      const { handlers } = await topicProject()
      await ok(handlers, 'applySpanChanges', { docId: DOC, changes: setTopic(null, 'Economy') })
      return ok(handlers, 'exportDataset', { format, source: 'all' })
    }
    const line = (content: string | undefined) =>
      JSON.parse(content ?? '') as Record<string, unknown>

    it('doccano: cats lists "Category: value"', async () => {
      const { files } = await exported('doccano')
      expect(line(files[0]?.content).cats).toEqual(['Topic: Economy'])
    })

    it('spaCy: cats scores every value of a labelled category, 1 for the chosen one', async () => {
      const { files } = await exported('spacy')
      expect(line(files[0]?.content).cats).toEqual({ 'Topic: Politics': 0, 'Topic: Economy': 1 })
    })

    it('Label Studio: a choices result per category, and a Choices control in the config', async () => {
      const { files } = await exported('labelstudio')
      const [task] = JSON.parse(files[0]?.content ?? '') as {
        annotations: { result: unknown[] }[]
      }[]
      expect(task?.annotations[0]?.result).toEqual([
        {
          id: 'doc_topic',
          from_name: 'doc_topic',
          to_name: 'text',
          type: 'choices',
          value: { choices: ['Economy'] },
        },
      ])
      expect(files[1]?.content).toContain(
        [
          '  <Header value="Topic"/>',
          '  <Choices name="doc_topic" toName="text" choice="single" showInline="true">',
          '    <Choice value="Politics"/>',
          '    <Choice value="Economy"/>',
          '  </Choices>',
        ].join('\n'),
      )
    })

    it('W3C: a classifying annotation on the whole source', async () => {
      const { files } = await exported('w3c')
      const collection = JSON.parse(files[0]?.content ?? '') as {
        total: number
        first: { items: unknown[] }
      }
      expect(collection.total).toBe(1)
      expect(collection.first.items).toEqual([
        {
          id: `urn:gloss:doclabel:alice:${DOC}:Topic`,
          type: 'Annotation',
          motivation: 'classifying',
          creator: { type: 'Person', nickname: 'alice' },
          body: [{ type: 'TextualBody', purpose: 'classifying', value: 'Topic: Economy' }],
          target: { source: `urn:gloss:doc:${DOC}` },
        },
      ])
    })

    it('brat: says the document labels were not written', async () => {
      const { warnings } = await exported('brat')
      expect(warnings).toEqual([
        'brat standoff (annotations on text only) has no place for document labels: those of 1 document were not written (native JSONL, doccano, spaCy, Label Studio and W3C carry them).',
      ])
    })
  })

  it("shows each layer's value in review and accepts one into gold, kept by later gold edits", async () => {
    const { where, handlers } = await topicProject()
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: setTopic(null, 'Economy') })
    const review = await ok(handlers, 'getReviewDocument', { docId: DOC, annotators: ['alice'] })
    expect(review.layers[0]?.docLabels).toEqual({ topic: 'Economy' })

    const accept = { spans: setTopic(null, 'Economy'), decisions: [] }
    await ok(handlers, 'applyGoldEdit', { docId: DOC, annotators: ['alice'], edit: accept })
    const goldFile = join(where.project, 'annotations', '_gold', `${DOC}.json`)
    expect(await readJson(goldFile)).toMatchObject({ docLabels: { topic: 'Economy' } })

    const nothingElse = { spans: none, decisions: [] }
    await ok(handlers, 'applyGoldEdit', { docId: DOC, annotators: ['alice'], edit: nothingElse })
    const text = (await ok(handlers, 'getDocument', { docId: DOC })).text
    const span = {
      id: 'g1',
      start: 0,
      end: 5,
      label: 'claim',
      text: text.slice(0, 5),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }
    const addSpan = { spans: { ...none, created: [span] }, decisions: [] }
    await ok(handlers, 'applyGoldEdit', { docId: DOC, annotators: ['alice'], edit: addSpan })
    expect(await readJson(goldFile)).toMatchObject({ docLabels: { topic: 'Economy' } })
  })
})
