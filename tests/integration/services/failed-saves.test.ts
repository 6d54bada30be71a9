import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it, type TestContext } from 'vitest'

import { dispatch } from '../../../src-main/contract/dispatch'
import type { Span } from '../../../src-main/core/spans/span'
import { ANNOTATION_FILE } from '../../../src-main/services/project/file-kinds'
import { lookState } from '../../../src-main/services/storage/file-state'
import {
  created,
  CRLF_ARTICLE,
  failure,
  ok,
  openedProject,
  setup,
  spanOf,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'
import { emptyVolume, fillVolume, smallVolume } from './support/small-volume'

const { docId: DOC, text: TEXT } = CRLF_ARTICLE

const DISK_FULL = {
  code: 'unwritable',
  hint: 'Free some disk space, then try again. Nothing already saved was changed.',
}

/** A project on a small tmpfs with one document and `spans` saved. */
async function projectOnSmallDisk(context: TestContext, size: string, spans: readonly Span[]) {
  const where = await setup()
  const volume = await smallVolume(context, where.root, size)
  const inVolume = { ...where, project: join(volume, 'project') }
  const handlers = await openedProject(inVolume)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(...spans) })
  const layer = join(inVolume.project, 'annotations', 'alice')
  return { handlers, volume, layer, file: join(layer, `${DOC}.json`) }
}

const onDisk = async (file: string) =>
  (await lookState(file, ANNOTATION_FILE, null)).value?.spans.map((span) => span.id).sort()

describe('a save on a full disk', () => {
  it("fails with 'unwritable: the disk is full', keeps the file as it was and leaves no temp file", async (context) => {
    const first = spanOn(TEXT, '14 bus routes', 'statistic', 's1')
    const { handlers, volume, layer, file } = await projectOnSmallDisk(context, '64k', [first])
    const before = await readFile(file, 'utf8')
    await fillVolume(volume)

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(TEXT, 'Ridership rose 8%', 'statistic', 's2')),
    })

    expect(error).toEqual({
      ...DISK_FULL,
      message: `Gloss could not save ${file}: the disk is full.`,
      file,
    })
    expect(await readFile(file, 'utf8')).toBe(before)
    expect(await readdir(layer)).toEqual([`${DOC}.json`])
    expect((await ok(handlers, 'getDocument', { docId: DOC })).annotations.spans).toEqual([first])
  })

  it('saves the same edit once space is freed', async (context) => {
    const first = spanOn(TEXT, '14 bus routes', 'statistic', 's1')
    const { handlers, volume, file } = await projectOnSmallDisk(context, '64k', [first])
    const ballast = await fillVolume(volume)
    const second = spanOn(TEXT, 'Ridership rose 8%', 'statistic', 's2')
    await failure(handlers, 'applySpanChanges', { docId: DOC, changes: created(second) })

    await emptyVolume(ballast)
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(second) })

    expect(await onDisk(file)).toEqual(['s1', 's2'])
  })

  it('appending to the edit log of a large file: every acknowledged edit is kept, the failed one is not, the log ends whole', async (context) => {
    // 400 spans make the file larger than 64 KiB, so each further edit is appended to its log.
    const many = Array.from({ length: 400 }, (_, i) =>
      spanOf(TEXT, i % 90, (i % 90) + 5, 'claim', `m${i}`),
    )
    const { handlers, volume, layer, file } = await projectOnSmallDisk(context, '1m', many)
    // The log's first page has room left: appends fill it until one needs a page there is not.
    const logged = spanOf(TEXT, 0, 7, 'claim', 'logged')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(logged) })
    await fillVolume(volume)

    const acknowledged: string[] = []
    let error = null
    for (let i = 0; error === null && i < 2_000; i++) {
      const span = spanOf(TEXT, 31, 44, 'statistic', `a${i}`)
      const result = await dispatch(handlers, 'applySpanChanges', {
        docId: DOC,
        changes: created(span),
      })
      if (result.ok) acknowledged.push(span.id)
      else error = result.error
    }

    expect(error).toMatchObject({ ...DISK_FULL, file: `${file.slice(0, -5)}.edits.jsonl` })
    expect(acknowledged.length).toBeGreaterThan(0)
    expect(await onDisk(file)).toEqual(
      [...many.map((span) => span.id), 'logged', ...acknowledged].sort(),
    )
    const log = await readFile(join(layer, `${DOC}.edits.jsonl`), 'utf8')
    expect(log.endsWith('\n')).toBe(true)
    expect(await readdir(layer)).toEqual([`${DOC}.edits.jsonl`, `${DOC}.json`])
  })
})

const immutable: string[] = []
afterEach(() => {
  for (const file of immutable.splice(0)) execFileSync('chattr', ['-i', file])
})

describe('a save whose rename the system refuses', () => {
  it("fails with 'unwritable' after its retries, keeps the file as it was and leaves no temp file", async (context) => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'crlf-line-endings.txt')
    const first = spanOn(TEXT, '14 bus routes', 'statistic', 's1')
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(first) })
    const layer = join(where.project, 'annotations', 'alice')
    const file = join(layer, `${DOC}.json`)
    const before = await readFile(file, 'utf8')
    // An immutable file cannot be replaced, even by root: every rename over it gets EPERM.
    try {
      execFileSync('chattr', ['+i', file], { stdio: 'pipe' })
    } catch (error) {
      context.skip(`chattr +i is not available here (${String(error)})`)
    }
    immutable.push(file)

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(TEXT, 'Ridership rose 8%', 'statistic', 's2')),
    })

    expect(error).toEqual({
      code: 'unwritable',
      message: `Gloss could not save ${file}: permission denied.`,
      file,
      hint: `Make the folder ${layer} writable for your user, then try again. Nothing already saved was changed.`,
    })
    expect(await readFile(file, 'utf8')).toBe(before)
    expect(await readdir(layer)).toEqual([`${DOC}.json`])
    expect((await ok(handlers, 'getDocument', { docId: DOC })).annotations.spans).toEqual([first])
  }, 30_000)
})
