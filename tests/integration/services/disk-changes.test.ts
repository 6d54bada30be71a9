import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { DiskChange } from '../../../src-main/contract/disk-changes'
import type { Handlers } from '../../../src-main/contract/endpoints'
import type { AnnotationFile } from '../../../src-main/core/spans/span'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { gloss } from '../cli/support/run-gloss'
import {
  changesUntil,
  colleagueFile,
  cursorNow,
  includes,
  layerFile,
  replaceByRename,
} from './support/disk-changes'
import {
  created,
  FIXTURES,
  ok,
  openedProject,
  setup,
  spanOf,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const DOC = '0fd97b1faa0790ad'
const TEXT =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

const bobs = (docId = DOC): DiskChange => ({ kind: 'annotations', annotator: 'bob', docId })

/** A project open as alice with one article, watched from now on. */
async function openProject() {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  return { project: where.project, handlers, since: await cursorNow(handlers) }
}

/** Does `write`, waits until the watch has reported `change`, and returns a fresh cursor. */
async function settle(handlers: Handlers, change: DiskChange, write: () => Promise<void>) {
  const since = await cursorNow(handlers)
  await write()
  await changesUntil(handlers, since, includes(change))
  return cursorNow(handlers)
}

/** A project in which bob's layer already holds a file for the article. */
async function projectWithBobsLayer() {
  const opened = await openProject()
  const file = layerFile(opened.project, 'bob', DOC)
  const content = colleagueFile('bob', DOC, [spanOn(TEXT, '14 bus routes', 'statistic', 'b1')])
  const since = await settle(opened.handlers, bobs(), () => replaceByRename(file, content))
  return { ...opened, since, file, content }
}

describe('changes others make on disk while the project is open', () => {
  it("reports a colleague's layer when its folder and first file arrive", async () => {
    const { project, handlers, since } = await openProject()
    await mkdir(join(project, 'annotations', 'bob'))
    await writeFile(layerFile(project, 'bob', DOC), colleagueFile('bob', DOC, []))

    expect(await changesUntil(handlers, since, includes(bobs()))).toEqual([bobs()])
  })

  it('reports a file rewritten in place, once', async () => {
    const { handlers, since, file } = await projectWithBobsLayer()
    await writeFile(file, colleagueFile('bob', DOC, []))

    expect(await changesUntil(handlers, since, includes(bobs()))).toEqual([bobs()])
  })

  it('reports a file replaced by renaming a new version over it, once', async () => {
    const { handlers, since, file } = await projectWithBobsLayer()
    await replaceByRename(file, colleagueFile('bob', DOC, []))

    expect(await changesUntil(handlers, since, includes(bobs()))).toEqual([bobs()])
  })

  it('reports the document index when the gloss command imports an article', async () => {
    const { project, handlers, since } = await openProject()
    const run = await gloss('import', project, join(FIXTURES, 'vietnamese-nfc.txt'))
    expect(run.code).toBe(0)

    expect(await changesUntil(handlers, since, includes({ kind: 'index' }))).toEqual([
      { kind: 'index' },
    ])
    expect((await ok(handlers, 'listDocuments', {})).map((item) => item.title)).toHaveLength(2)
  })

  it('watches a layer folder again after it is deleted and made again', async () => {
    const { project, handlers, since, file } = await projectWithBobsLayer()
    await rm(join(project, 'annotations', 'bob'), { recursive: true })
    const gone = await changesUntil(handlers, since, includes(bobs()))
    const afterGone = await cursorNow(handlers)

    await replaceByRename(file, colleagueFile('bob', DOC, []))
    const back = await changesUntil(handlers, afterGone, includes(bobs()))
    const afterBack = await cursorNow(handlers)
    const second = layerFile(project, 'bob', 'ffffeeee00001111')
    await writeFile(second, colleagueFile('bob', 'ffffeeee00001111', []))

    expect([gone, back]).toEqual([[bobs()], [bobs()]])
    expect(await changesUntil(handlers, afterBack, includes(bobs('ffffeeee00001111')))).toEqual([
      bobs('ffffeeee00001111'),
    ])
  })

  it('watches the layers again after the whole annotations folder is made again', async () => {
    const { project, handlers, since, file, content } = await projectWithBobsLayer()
    await rm(join(project, 'annotations'), { recursive: true })
    await changesUntil(handlers, since, includes(bobs()))
    const afterGone = await cursorNow(handlers)

    await replaceByRename(file, content)
    await replaceByRename(layerFile(project, 'carol', DOC), colleagueFile('carol', DOC, []))
    const carols: DiskChange = { kind: 'annotations', annotator: 'carol', docId: DOC }

    const back = await changesUntil(
      handlers,
      afterGone,
      (changes) => includes(bobs())(changes) && includes(carols)(changes),
    )
    expect(new Set(back.map((change) => JSON.stringify(change)))).toEqual(
      new Set([JSON.stringify(bobs()), JSON.stringify(carols)]),
    )
  })

  it('watches the project again after its whole folder is removed and put back', async () => {
    const { project, handlers, since } = await projectWithBobsLayer()
    const backup = `${project}-backup`
    await cp(project, backup, { recursive: true })
    await rm(project, { recursive: true })
    await changesUntil(handlers, since, includes(bobs()))
    const afterGone = await cursorNow(handlers)

    await cp(backup, project, { recursive: true })
    await changesUntil(handlers, afterGone, includes(bobs()))
    const afterBack = await cursorNow(handlers)
    const carols: DiskChange = { kind: 'annotations', annotator: 'carol', docId: DOC }
    await replaceByRename(layerFile(project, 'carol', DOC), colleagueFile('carol', DOC, []))

    expect(await changesUntil(handlers, afterBack, includes(carols))).toEqual([carols])
  })

  it('reports gloss.json replaced by a sync', async () => {
    const { project, handlers, since } = await openProject()
    const projectFile = join(project, 'gloss.json')
    const synced = JSON.parse(await readFile(projectFile, 'utf8')) as { name: string }
    await replaceByRename(projectFile, JSON.stringify({ ...synced, name: 'Renamed by Bob' }))

    expect(await changesUntil(handlers, since, includes({ kind: 'project' }))).toEqual([
      { kind: 'project' },
    ])
    expect((await ok(handlers, 'getSession', {})).project?.name).toBe('Renamed by Bob')
  })

  it("reports a colleague's comments on a document", async () => {
    const { project, handlers, since } = await openProject()
    await mkdir(join(project, 'comments', 'bob'), { recursive: true })
    await writeFile(join(project, 'comments', 'bob', `${DOC}.json`), '{"version":1}\n')
    const change: DiskChange = { kind: 'comments', author: 'bob', docId: DOC }

    expect(await changesUntil(handlers, since, includes(change))).toEqual([change])
  })

  it("reports the analyst's own file changed by another machine's sync, as it now is", async () => {
    const { project, handlers, since } = await openProject()
    await ok(handlers, 'getDocument', { docId: DOC })
    const fromLaptop = spanOn(TEXT, 'Ridership rose 8%', 'statistic', 'laptop-1')
    await replaceByRename(
      layerFile(project, 'alice', DOC),
      colleagueFile('alice', DOC, [fromLaptop]),
    )
    const change: DiskChange = { kind: 'annotations', annotator: 'alice', docId: DOC }

    expect(await changesUntil(handlers, since, includes(change))).toEqual([change])
    expect((await ok(handlers, 'getDocument', { docId: DOC })).annotations.spans).toEqual([
      fromLaptop,
    ])
  })

  it("reports the analyst's own file when another program changed only its relations and document labels", async () => {
    const { project, handlers } = await openProject()
    const file = layerFile(project, 'alice', DOC)
    const spans = [
      spanOn(TEXT, '14 bus routes', 'statistic', 's1'),
      spanOn(TEXT, 'The council will add 14 bus routes by March', 'commitment', 's2'),
    ]
    const alices: DiskChange = { kind: 'annotations', annotator: 'alice', docId: DOC }
    const before = JSON.parse(colleagueFile('alice', DOC, spans)) as AnnotationFile
    const since = await settle(handlers, alices, () =>
      replaceByRename(file, JSON.stringify(before)),
    )
    const relations = [
      { id: 'r1', type: 'quantifies', from: 's1', to: 's2', createdAt: '2026-02-01T09:05:00.000Z' },
    ]
    await replaceByRename(
      file,
      JSON.stringify({ ...before, relations, docLabels: { relevance: 'high' } }),
    )

    expect(await changesUntil(handlers, since, includes(alices))).toEqual([alices])
    const { annotations } = await ok(handlers, 'getDocument', { docId: DOC })
    expect([annotations.relations, annotations.docLabels]).toEqual([
      relations,
      { relevance: 'high' },
    ])
  })

  it("does not report the session's own saves", async () => {
    const { project, handlers, since } = await openProject()
    await ok(handlers, 'getDocument', { docId: DOC })
    await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOf(TEXT, 0, 7, 'claim', 'a1')),
    })
    await ok(handlers, 'setDocumentStatus', { docId: DOC, status: 'done' })
    const { labels } = (await ok(handlers, 'getSession', {})).project!
    await ok(handlers, 'updateProject', { labels: labels.slice(0, 2) })
    await ok(handlers, 'importUploads', {
      files: [{ name: 'more.txt', base64: Buffer.from('One more article\n').toString('base64') }],
    })
    // Something another program writes after all of them: once it is seen, they were too.
    await replaceByRename(layerFile(project, 'bob', DOC), colleagueFile('bob', DOC, []))

    expect(await changesUntil(handlers, since, includes(bobs()))).toEqual([bobs()])
  })

  it('does not report a file rewritten with the same content', async () => {
    const { project, handlers, since, file, content } = await projectWithBobsLayer()
    await writeFile(file, content)
    const carols: DiskChange = { kind: 'annotations', annotator: 'carol', docId: DOC }
    await replaceByRename(layerFile(project, 'carol', DOC), colleagueFile('carol', DOC, []))

    expect(await changesUntil(handlers, since, includes(carols))).toEqual([carols])
  })

  it('watches the project a host was started with', async () => {
    const where = await setup()
    const appState = await openAppState(where.dataDir)
    const handlers = createHandlers({ ports: { host: 'web' }, appState, project: where.project })
    const since = await cursorNow(handlers)
    await replaceByRename(layerFile(where.project, 'bob', DOC), colleagueFile('bob', DOC, []))

    expect(await changesUntil(handlers, since, includes(bobs()))).toEqual([bobs()])
  })

  it('asks for a full refresh once another project is opened', async () => {
    const { handlers, since } = await openProject()
    const other = await setup()
    await ok(handlers, 'openProject', { path: other.project, create: true })

    expect(await ok(handlers, 'pollChanges', { since })).toEqual({
      cursor: { log: expect.not.stringMatching(since.log), seq: 0 },
      changes: [],
      reset: true,
    })
  })
})
