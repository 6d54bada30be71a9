import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { expandImportPaths } from '../../../src-main/services/import/expand-paths'
import { tempDir } from '../../integration/services/support/project-fixture'

describe('expanding import paths', () => {
  it('keeps named files whatever their type and lists folders in name order', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'f', 'B'), { recursive: true })
    await writeFile(join(dir, 'f', 'b.txt'), 'b')
    await writeFile(join(dir, 'f', 'B', 'c.md'), 'c')
    await writeFile(join(dir, 'f', 'a.TXT'), 'a')
    await writeFile(join(dir, 'scan.pdf'), 'x')

    expect(await expandImportPaths([join(dir, 'scan.pdf'), join(dir, 'f')])).toEqual({
      files: [
        join(dir, 'scan.pdf'),
        join(dir, 'f', 'B', 'c.md'),
        join(dir, 'f', 'a.TXT'),
        join(dir, 'f', 'b.txt'),
      ],
      refused: [],
    })
  })

  it('refuses a path that does not exist and goes on with the others', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.txt'), 'a')
    expect(await expandImportPaths([join(dir, 'gone.txt'), join(dir, 'a.txt')])).toEqual({
      files: [join(dir, 'a.txt')],
      refused: [{ source: join(dir, 'gone.txt'), result: 'refused', reason: 'does not exist' }],
    })
  })

  it('follows a symbolic link back up the tree only once', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'f'))
    await writeFile(join(dir, 'f', 'a.txt'), 'a')
    await symlink(join(dir, 'f'), join(dir, 'f', 'loop'))
    expect((await expandImportPaths([join(dir, 'f')])).files).toEqual([join(dir, 'f', 'a.txt')])
  })

  it('lists a file named twice once', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.txt'), 'a')
    expect((await expandImportPaths([join(dir, 'a.txt'), dir])).files).toEqual([join(dir, 'a.txt')])
  })
})
