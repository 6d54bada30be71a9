import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ensureGitignored } from '../../../../src-main/services/project/project-gitignore'
import { tempDir } from '../../../integration/services/support/project-fixture'

const HEADER =
  "# Gloss's own working files (locks, broken files moved aside): never part of the project's history"

describe("the project's .gitignore", () => {
  it('gains the entry at its end when it lacks it, keeping every line it had', async () => {
    const root = await tempDir()
    await writeFile(join(root, '.gitignore'), 'exports/\n*.zip')

    await ensureGitignored(root, ['.gloss/', '*.corrupt-*'])

    expect(await readFile(join(root, '.gitignore'), 'utf8')).toBe(
      `exports/\n*.zip\n${HEADER}\n.gloss/\n*.corrupt-*\n`,
    )
  })

  it.each(['.gloss/', '/.gloss/', '.gloss', '/.gloss'])(
    'is left as it is when it lists %s',
    async (line) => {
      const root = await tempDir()
      await writeFile(join(root, '.gitignore'), `exports/\r\n${line}\r\n`)

      await ensureGitignored(root, ['.gloss/'])

      expect(await readFile(join(root, '.gitignore'), 'utf8')).toBe(`exports/\r\n${line}\r\n`)
    },
  )

  it('gains only the entries it lacks', async () => {
    const root = await tempDir()
    await writeFile(join(root, '.gitignore'), '.gloss/\n')

    await ensureGitignored(root, ['.gloss/', '*.corrupt-*'])

    expect(await readFile(join(root, '.gitignore'), 'utf8')).toBe(
      `.gloss/\n${HEADER}\n*.corrupt-*\n`,
    )
  })
})
