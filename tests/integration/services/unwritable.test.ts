import { execFileSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it, type TestContext } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import {
  created,
  failure,
  ok,
  openedProject,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const DOC = '0fd97b1faa0790ad'
const TEXT =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

const isRoot = process.getuid?.() === 0
const mounted: string[] = []
const chmodded: string[] = []

afterEach(async () => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir])
  for (const dir of chmodded.splice(0)) await chmod(dir, 0o755)
})

/**
 * A project with one saved span whose folder then becomes unwritable. Root ignores
 * permission bits, so as root the project lives on a tmpfs that is remounted read-only.
 */
async function savedThenReadOnly(context: TestContext) {
  const where = await setup()
  const base = join(where.root, 'volume')
  await mkdir(base)
  if (isRoot) {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', base], { stdio: 'pipe' })
    } catch (error) {
      context.skip(`running as root and mount is not permitted here (${String(error)})`)
    }
    mounted.push(base)
  }
  const inVolume = { ...where, project: join(base, 'project') }
  const handlers = await openedProject(inVolume)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  const first = spanOn(TEXT, '14 bus routes', 'statistic', 's1')
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(first) })
  const annotationFile = join(inVolume.project, 'annotations', 'alice', `${DOC}.json`)
  const saved = await readFile(annotationFile, 'utf8')

  if (isRoot) {
    execFileSync('mount', ['-o', 'remount,ro', base], { stdio: 'pipe' })
  } else {
    for (const dir of ['', 'documents', 'annotations', join('annotations', 'alice')]) {
      const path = join(inVolume.project, dir)
      await chmod(path, 0o555)
      chmodded.push(path)
    }
  }
  return { handlers: handlers as Handlers, project: inVolume.project, annotationFile, saved, first }
}

const reason = isRoot
  ? {
      because: 'the drive is read-only',
      hint: 'Copy the project to a writable drive and open it from there.',
    }
  : {
      because: 'permission denied',
      hint: (file: string) => `Make the folder ${file} writable for your user, then try again.`,
    }

const expectedHint = (folder: string) =>
  `${typeof reason.hint === 'string' ? reason.hint : reason.hint(folder)} Nothing already saved was changed.`

describe('a project folder that is not writable', () => {
  it("gives 'unwritable' naming the file and saying what to do when a span is saved", async (context) => {
    const { handlers, project, annotationFile } = await savedThenReadOnly(context)

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(TEXT, 'Ridership rose 8%', 'statistic', 's2')),
    })
    expect(error).toEqual({
      code: 'unwritable',
      message: `Gloss could not save ${annotationFile}: ${reason.because}.`,
      file: annotationFile,
      hint: expectedHint(join(project, 'annotations', 'alice')),
    })
  })

  it('loses nothing already saved and leaves no temp files behind', async (context) => {
    const { handlers, project, annotationFile, saved, first } = await savedThenReadOnly(context)
    await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(TEXT, 'Ridership rose 8%', 'statistic', 's2')),
    })
    await failure(handlers, 'setDocumentStatus', { docId: DOC, status: 'done' })

    expect(await readFile(annotationFile, 'utf8')).toBe(saved)
    expect((await ok(handlers, 'getDocument', { docId: DOC })).annotations.spans).toEqual([first])
    expect(await readdir(join(project, 'annotations', 'alice'))).toEqual([`${DOC}.json`])
  })

  it("refuses an import with 'unwritable' and keeps the document index as it was", async (context) => {
    const { handlers, project } = await savedThenReadOnly(context)
    const indexFile = join(project, 'documents', 'index.json')
    const indexBefore = await readFile(indexFile, 'utf8')

    const error = await failure(handlers, 'importUploads', {
      files: [{ name: 'new.txt', base64: Buffer.from('A new article\n').toString('base64') }],
    })
    expect(error.code).toBe('unwritable')
    expect(error.message).toMatch(
      new RegExp(`^Gloss could not save ${join(project, 'documents')}/[0-9a-f]{16}\\.txt: `),
    )
    expect(await readFile(indexFile, 'utf8')).toBe(indexBefore)
    expect(await readdir(join(project, 'documents'))).toEqual([`${DOC}.txt`, 'index.json'])
  })
})
