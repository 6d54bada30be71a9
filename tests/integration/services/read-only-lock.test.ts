import { execFileSync } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { gloss } from '../cli/support/run-gloss'
import {
  created,
  failure,
  FIXTURES,
  ok,
  openedProject,
  setup,
  spanOn,
} from './support/project-fixture'

const DOC = '0fd97b1faa0790ad'
const TEXT =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

const mounted: string[] = []
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir])
})

describe('a project on a read-only drive', () => {
  it('opens for reading without a lock, and a save says the lock cannot be written', async (context) => {
    if (process.getuid?.() !== 0) context.skip('needs root to mount a read-only tmpfs')
    const where = await setup()
    const base = join(where.root, 'volume')
    await mkdir(base)
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', base], { stdio: 'pipe' })
    } catch (error) {
      context.skip(`mount is not permitted here (${String(error)})`)
    }
    mounted.push(base)
    const project = join(base, 'project')
    await gloss('import', project, join(FIXTURES, 'crlf-line-endings.txt'))
    execFileSync('mount', ['-o', 'remount,ro', base], { stdio: 'pipe' })

    const handlers = await openedProject({ ...where, project })

    expect((await ok(handlers, 'getDocument', { docId: DOC })).text).toBe(TEXT)
    const locks = join(project, '.gloss', 'locks', 'alice.lock')
    expect(
      await failure(handlers, 'applySpanChanges', {
        docId: DOC,
        changes: created(spanOn(TEXT, '14 bus routes', 'statistic', 's1')),
      }),
    ).toEqual({
      code: 'unwritable',
      message: `Gloss could not save ${locks}: the drive is read-only.`,
      file: locks,
      hint: 'Copy the project to a writable drive and open it from there. Nothing already saved was changed.',
    })
  })
})
