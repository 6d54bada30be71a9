import { execFileSync } from 'node:child_process'
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { openedProject, setup } from './support/project-fixture'

/** The pid of a process that has exited (a fresh one: pids are not reused that soon). */
function goneProcessPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']))
}

const tempOf = (name: string, pid: number) => `.${name}.${pid}-0a1b2c3d.tmp`

/** A project, closed again, with `names` put in its folders as a crash would leave them. */
async function projectWith(names: Record<string, readonly string[]>) {
  const where = await setup()
  await openedProject(where)
  for (const [folder, files] of Object.entries(names)) {
    await mkdir(join(where.project, folder), { recursive: true })
    for (const name of files) await writeFile(join(where.project, folder, name), '{"vers')
  }
  return where
}

const listed = async (folder: string) => (await readdir(folder)).sort()

describe('temp files left by a crash', () => {
  it('are removed when the project opens, when their writer is gone', async () => {
    const gone = goneProcessPid()
    const where = await projectWith({
      '.': [tempOf('gloss.json', gone)],
      documents: [tempOf('index.json', gone)],
      'annotations/alice': [tempOf('0fd97b1faa0790ad.json', gone)],
      'comments/bob': [tempOf('0fd97b1faa0790ad.json', gone)],
    })

    await openedProject(where)

    expect(await listed(where.project)).toEqual([
      '.gitignore',
      '.gloss',
      'annotations',
      'comments',
      'documents',
      'gloss.json',
    ])
    expect(await listed(join(where.project, 'documents'))).toEqual(['index.json'])
    expect(await listed(join(where.project, 'annotations', 'alice'))).toEqual([])
    expect(await listed(join(where.project, 'comments', 'bob'))).toEqual([])
  })

  it("are kept while their writer is alive: another program's save is still to rename it", async () => {
    const live = tempOf('0fd97b1faa0790ad.json', process.pid)
    const where = await projectWith({ 'annotations/alice': [live] })

    await openedProject(where)

    expect(await listed(join(where.project, 'annotations', 'alice'))).toEqual([live])
  })

  it('are removed when older than 15 minutes, even if a process has their pid (pids are reused)', async () => {
    const old = tempOf('0fd97b1faa0790ad.json', process.pid)
    const where = await projectWith({ 'annotations/alice': [old] })
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000)
    await utimes(
      join(where.project, 'annotations', 'alice', old),
      sixteenMinutesAgo,
      sixteenMinutesAgo,
    )

    await openedProject(where)

    expect(await listed(join(where.project, 'annotations', 'alice'))).toEqual([])
  })

  it('leave every other file alone, hidden or ending in .tmp', async () => {
    const gone = goneProcessPid()
    const others = [
      '.notes.tmp',
      '.x.json.tmp',
      `.x.json.${gone}.tmp`,
      'draft.tmp',
      '.x.json.12-zz.tmp',
    ]
    const where = await projectWith({ 'annotations/alice': others })

    await openedProject(where)

    expect(await listed(join(where.project, 'annotations', 'alice'))).toEqual([...others].sort())
  })
})
