import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { dispatch } from '../../../src-main/contract/dispatch'
import { nameThisProgram } from '../../../src-main/services/locks/lock-holder'
import { changesUntil, cursorNow, includes } from './support/disk-changes'
import {
  created,
  failure,
  handlersFor,
  ok,
  openedProject,
  setup,
  spanOn,
  uploadFixtures,
  type Setup,
} from './support/project-fixture'
import { gloss } from '../cli/support/run-gloss'

const locksIn = async (project: string) => (await readdir(join(project, '.gloss', 'locks'))).sort()

/** The refusal a second writer of alice's layer gets while the first session holds it. */
async function secondAliceRefused(where: Setup) {
  const lock = join(where.project, '.gloss', 'locks', 'alice.lock')
  const { startedAt } = JSON.parse(await readFile(lock, 'utf8')) as { startedAt: string }
  return {
    code: 'conflict',
    message: `The annotations of alice in ${where.project} are already being written by Gloss browser host (npm run web) (pid ${process.pid} on ${hostname()}, since ${startedAt}).`,
    file: lock,
    hint: `Only one program may write a layer at a time. Close that Gloss window or let that command finish, then try again, or work under another annotator name. If it is no longer running on ${hostname()}, delete ${lock}.`,
  }
}

const DOC = '0fd97b1faa0790ad'

describe('one writer per layer', () => {
  it('refuses a second host opening the project for the same annotator, naming the first', async () => {
    nameThisProgram('Gloss browser host (npm run web)')
    const where = await setup()
    await openedProject(where, 'alice')
    const second = await handlersFor(where, 'alice')

    const refused = await failure(second, 'openProject', { path: where.project, create: false })

    expect(refused).toEqual(await secondAliceRefused(where))
    expect((await ok(second, 'getSession', {})).project).toBeNull()
  })

  it('lets the first host go on saving while a second one is refused', async () => {
    const where = await setup()
    const first = await openedProject(where, 'alice')
    const [outcome] = (await uploadFixtures(first, 'crlf-line-endings.txt')).outcomes
    const docId = outcome!.docId!
    await dispatch(await handlersFor(where, 'alice'), 'openProject', {
      path: where.project,
      create: false,
    })
    const { text } = await ok(first, 'getDocument', { docId })

    const saved = await ok(first, 'applySpanChanges', {
      docId,
      changes: created(spanOn(text, '14 bus routes', 'statistic', 's1')),
    })

    expect(saved.updatedAt).toEqual(expect.any(String))
  })

  it('opens the project for another annotator alongside, each holding their own layer', async () => {
    const where = await setup()
    await openedProject(where, 'alice')

    await openedProject(where, 'bob')

    expect(await locksIn(where.project)).toEqual(['alice.lock', 'bob.lock'])
  })

  it('refuses switching to an annotator another host writes as, keeping the annotator', async () => {
    const where = await setup()
    const alice = await openedProject(where, 'alice')
    await openedProject(where, 'bob')

    const refused = await failure(alice, 'setAnnotator', { name: 'bob' })

    expect(refused.message).toMatch(/^The annotations of bob in .* are already being written by /u)
    expect((await ok(alice, 'getSession', {})).annotator).toBe('alice')
    expect(await locksIn(where.project)).toEqual(['alice.lock', 'bob.lock'])
  })

  it('takes the new annotator’s layer and lets go of the old one when the name changes', async () => {
    const where = await setup()
    const handlers = await openedProject(where, 'alice')

    await ok(handlers, 'setAnnotator', { name: 'carol' })

    expect(await locksIn(where.project)).toEqual(['carol.lock'])
  })

  it('lets go of the layer when another project is opened', async () => {
    const where = await setup()
    const handlers = await openedProject(where, 'alice')
    const other = join(where.root, 'other')

    await ok(handlers, 'openProject', { path: other, create: true })

    expect(await locksIn(where.project)).toEqual([])
    expect(await locksIn(other)).toEqual(['alice.lock'])
  })

  it('keeps the project open when the one asked for is refused', async () => {
    const where = await setup()
    const handlers = await openedProject(where, 'alice')
    const other = { ...where, project: join(where.root, 'other') }
    await openedProject(other, 'alice')

    await failure(handlers, 'openProject', { path: other.project, create: false })

    expect((await ok(handlers, 'getSession', {})).project?.path).toBe(where.project)
    expect(await locksIn(where.project)).toEqual(['alice.lock'])
  })

  it('does not report lock files as changes on disk: the watch sees only the layers written', async () => {
    const where = await setup()
    const alice = await openedProject(where, 'alice')
    await uploadFixtures(alice, 'crlf-line-endings.txt')
    const { text } = await ok(alice, 'getDocument', { docId: DOC })
    const since = await cursorNow(alice)
    const bob = await openedProject(where, 'bob')
    await ok(bob, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(text, '14 bus routes', 'statistic', 'b1')),
    })
    const start = text.indexOf('14 bus routes')
    const doccano = join(where.root, 'carol.jsonl')
    await writeFile(doccano, JSON.stringify({ text, label: [[start, start + 13, 'Statistic']] }))
    await gloss('import', where.project, doccano, '--format', 'doccano', '--annotator', 'carol')

    const bobs = { kind: 'annotations', annotator: 'bob', docId: DOC } as const
    const carols = { kind: 'annotations', annotator: 'carol', docId: DOC } as const
    const changes = await changesUntil(
      alice,
      since,
      (seen) => includes(bobs)(seen) && includes(carols)(seen),
    )

    expect(changes).toEqual([bobs, carols])
  })
})
