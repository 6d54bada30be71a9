import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { changeSetInput } from '../../../src-main/contract/as-input'
import type { AnnotationImportFormat } from '../../../src-main/core/formats/dataset'
import type { AnnotationFile } from '../../../src-main/core/spans/span'
import { EMOJI_DOC, emojiProject } from './support/emoji-project'
import {
  created,
  ok,
  openedProject,
  readJson,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const TOPIC = {
  id: 'topic',
  name: 'Topic',
  values: ['Politics', 'Economy'],
  description: 'What the article is mainly about.',
}
const CLAIM = '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒'
const FAMILIES = 'families'
type Format = AnnotationImportFormat & ('jsonl' | 'brat' | 'labelstudio' | 'doccano' | 'w3c')

/** Alice's layer on the emoji article: two spans, "families" made by the claim, topic Economy. */
async function linkedProject() {
  const { handlers, text } = await emojiProject()
  await ok(handlers, 'updateProject', { docLabels: [TOPIC] })
  const claim = spanOn(text, CLAIM, 'claim', 's1')
  const families = spanOn(text, FAMILIES, 'statistic', 's2')
  await ok(handlers, 'applySpanChanges', {
    docId: EMOJI_DOC,
    changes: changeSetInput({
      ...created(claim, families),
      relations: {
        created: [
          {
            id: 'r1',
            type: 'made-by',
            from: 's2',
            to: 's1',
            createdAt: '2026-01-01T00:00:00.000Z',
          },
        ],
        deleted: [],
      },
      docLabels: [{ category: 'topic', old: null, new: 'Economy' }],
    }),
  })
  return handlers
}

/** The export of `format` uploaded as the browser would. */
async function exported(format: Format) {
  const handlers = await linkedProject()
  const { files } = await ok(handlers, 'exportDataset', { format, source: 'all' })
  return files.map((file) => ({
    name: file.path,
    base64: Buffer.from(file.content).toString('base64'),
  }))
}

/** A fresh project as bob, with the Topic category unless told otherwise. */
async function targetProject(docLabels = [TOPIC]) {
  const where = await setup()
  const bob = await openedProject(where, 'bob')
  await ok(bob, 'updateProject', { docLabels })
  const layer = async () =>
    (await readJson(
      join(where.project, 'annotations', 'alice', `${EMOJI_DOC}.json`),
    )) as AnnotationFile
  return { bob, layer }
}

/** A layer's relations with their ends named by the text they cover. */
const namedRelations = (file: AnnotationFile) =>
  (file.relations ?? []).map((relation) => {
    const text = (id: string) => file.spans.find((span) => span.id === id)?.text
    return [relation.type, text(relation.from), text(relation.to)]
  })

describe('relations and document labels come back on import', () => {
  it('native JSONL: relations point at the imported spans, document labels by category id', async () => {
    const uploads = await exported('jsonl')
    const { bob, layer } = await targetProject()
    const summary = await ok(bob, 'importAnnotations', { format: 'jsonl', uploads })
    expect(summary.problems).toEqual([])
    const file = await layer()
    expect(namedRelations(file)).toEqual([['made-by', FAMILIES, CLAIM]])
    expect(file.docLabels).toEqual({ topic: 'Economy' })
  })
  it('brat: R lines come back as relations between the imported spans', async () => {
    const uploads = await exported('brat')
    const { bob, layer } = await targetProject()
    // One annotator's brat export names nobody: the import says whose layer it is.
    const request = { format: 'brat', annotator: 'alice', uploads } as const
    const summary = await ok(bob, 'importAnnotations', request)
    expect(summary.problems).toEqual([])
    expect(namedRelations(await layer())).toEqual([['made-by', FAMILIES, CLAIM]])
  })
  it('Label Studio: relation results and document label choices come back', async () => {
    const uploads = await exported('labelstudio')
    const { bob, layer } = await targetProject()
    const tasks = uploads.filter((upload) => upload.name.endsWith('.json'))
    const summary = await ok(bob, 'importAnnotations', { format: 'labelstudio', uploads: tasks })
    expect(summary.problems).toEqual([])
    const file = await layer()
    expect(namedRelations(file)).toEqual([['made-by', FAMILIES, CLAIM]])
    expect(file.docLabels).toEqual({ topic: 'Economy' })
  })
  it('doccano: "Category: value" cats come back as document labels', async () => {
    const uploads = await exported('doccano')
    const { bob, layer } = await targetProject()
    const summary = await ok(bob, 'importAnnotations', { format: 'doccano', uploads })
    expect(summary.problems).toEqual([])
    expect((await layer()).docLabels).toEqual({ topic: 'Economy' })
  })
  it('W3C: linking annotations come back as relations, classifying ones as document labels', async () => {
    const uploads = await exported('w3c')
    const { bob, layer } = await targetProject()
    // W3C annotations carry no text: the article must be in the project already.
    await uploadFixtures(bob, 'emoji-astral.txt')
    const summary = await ok(bob, 'importAnnotations', { format: 'w3c', uploads })
    expect(summary.problems).toEqual([])
    const file = await layer()
    expect(namedRelations(file)).toEqual([['made-by', FAMILIES, CLAIM]])
    expect(file.docLabels).toEqual({ topic: 'Economy' })
  })
  it('W3C: names each link and class it cannot read, and a link to a span not placed', async () => {
    const [upload] = await exported('w3c')
    if (upload === undefined) throw new Error('nothing was exported')
    const page = JSON.parse(Buffer.from(upload.base64, 'base64').toString('utf8'))
    type Item = { motivation: string; target: { selector: { start: number; exact?: string }[] } }
    const items = page.first.items as Item[]
    const claim = items.find((item) => item.target.selector?.[1]?.exact === CLAIM)
    const families = items.find((item) => item.target.selector?.[1]?.exact === FAMILIES)
    const link = items.find((item) => item.motivation === 'linking') as unknown as {
      target: string[]
    }
    const classes = items.find((item) => item.motivation === 'classifying') as unknown as {
      body: { value: string }[]
    }
    if (!claim || !families) throw new Error('the export changed')
    // The claim's quote is nowhere in the text; a link to nothing; a class without a value.
    const quote = claim.target.selector[1]
    if (quote) quote.exact = 'no such words'
    const lost = { ...link, id: 'urn:x:lost', target: [link.target[0], 'urn:gloss:span:alice:zz'] }
    if (classes.body[0]) classes.body[0].value = 'Topic'
    const edited = {
      ...page,
      first: { ...page.first, items: [families, claim, link, lost, classes] },
    }
    const { bob } = await targetProject()
    await uploadFixtures(bob, 'emoji-astral.txt')
    const summary = await ok(bob, 'importAnnotations', {
      format: 'w3c',
      uploads: [
        { name: 'edited.jsonld', base64: Buffer.from(JSON.stringify(edited)).toString('base64') },
      ],
    })
    expect(summary.problems.map((problem) => problem.message)).toEqual([
      'annotation 5: its classifying body "Topic" is not "Category: value"; ignored',
      'annotation 4: its target "urn:gloss:span:alice:zz" is not a span annotation read from this file; the relation was skipped',
      'annotation 2: offsets 167–177 cover "𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒" but the file says "no such words"',
      'annotation 3: its span (annotation 2) could not be placed, so the relation is skipped too',
    ])
  })
  it('W3C: names a relation type and a document label the project does not have', async () => {
    const [upload] = await exported('w3c')
    if (upload === undefined) throw new Error('nothing was exported')
    const renamed = Buffer.from(upload.base64, 'base64')
      .toString('utf8')
      .replace('"value": "made by"', '"value": "contradicts"')
      .replace('"value": "Topic: Economy"', '"value": "Mood: Calm"')
    const { bob } = await targetProject()
    await uploadFixtures(bob, 'emoji-astral.txt')
    const summary = await ok(bob, 'importAnnotations', {
      format: 'w3c',
      uploads: [{ name: upload.name, base64: Buffer.from(renamed).toString('base64') }],
    })
    expect(summary.problems.map((problem) => problem.message)).toEqual([
      'annotation 3: the relation type "contradicts" is not in this project\'s relation types ("supports", "made by", "quantifies"); add it in Settings to import such relations',
      'the document label "Mood" is not in this project\'s document labels; add it in Settings to import it',
    ])
  })
  it('lists each relation and document label it skips with why and what to do', async () => {
    const text = 'Port authority reports 3 new cranes.\n'
    const span = (phrase: string, label: string) => {
      const start = text.indexOf(phrase)
      return { start, end: start + phrase.length, label, text: phrase, annotator: 'alice' }
    }
    const line = {
      text,
      spans: [
        span('Port authority', 'claim'),
        span('3 new cranes', 'statistic'),
        span('reports', 'hunch'),
      ],
      relations: [
        { annotator: 'alice', type: 'contradicts', from: 0, to: 1 },
        { annotator: 'alice', type: 'supports', from: 2, to: 0 },
        { annotator: 'alice', type: 'Made_By', from: 1, to: 0 },
      ],
      docLabels: { alice: { Mood: 'Calm', Topic: 'Sport' } },
    }
    const upload = {
      name: 'links.jsonl',
      base64: Buffer.from(JSON.stringify(line)).toString('base64'),
    }
    const { bob } = await targetProject()
    const summary = await ok(bob, 'importAnnotations', { format: 'jsonl', uploads: [upload] })
    expect(summary.problems.map((problem) => problem.message)).toEqual([
      'line 1, span 3: the label "hunch" is not in this project\'s label set; add it in Settings to import such spans',
      'line 1, relation 1: the relation type "contradicts" is not in this project\'s relation types ("supports", "made by", "quantifies"); add it in Settings to import such relations',
      'line 1, relation 2: its span (line 1, span 3) was skipped, so the relation is skipped too',
      'line 1: the document label "Mood" is not in this project\'s document labels; add it in Settings to import it',
      'line 1: "Sport" is not a value of the document label "Topic" (its values: Politics, Economy); add it in Settings to import it',
    ])
  })
  it('importing the same file again keeps each relation once', async () => {
    const uploads = await exported('jsonl')
    const { bob, layer } = await targetProject()
    await ok(bob, 'importAnnotations', { format: 'jsonl', uploads })
    const again = await ok(bob, 'importAnnotations', { format: 'jsonl', uploads })
    expect(again.spansImported).toBe(0)
    expect(namedRelations(await layer())).toEqual([['made-by', FAMILIES, CLAIM]])
  })
})
