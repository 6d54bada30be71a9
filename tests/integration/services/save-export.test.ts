import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { ShellPorts } from '../../../src-main/services/shell-ports'
import { snapshot } from './support/dataset-fixture'
import { failure, handlersFor, ok, setup } from './support/project-fixture'

const BRAT = {
  suggestedName: 'project-brat',
  files: [
    { path: 'annotation.conf', content: '[entities]\nClaim\n' },
    { path: 'alice/0fd97b1faa0790ad.txt', content: 'Council pledges\n' },
    { path: 'alice/0fd97b1faa0790ad.ann', content: 'T1\tClaim 0 7\tCouncil\n' },
  ],
}

/** Electron-like ports whose folder dialog answers `answers` in turn. */
function folderPorts(answers: (string | null)[], asked: string[] = []): ShellPorts {
  return {
    host: 'electron',
    pickFolder: async (purpose) => {
      asked.push(purpose)
      return answers.shift() ?? null
    },
    pickSavePath: async () => {
      throw new Error('a several-file export must not ask for a file name')
    },
  }
}

describe('saving an export of several files', () => {
  it('asks for a folder and writes the files into a new folder named after the export', async () => {
    const where = await setup()
    const asked: string[] = []
    const handlers = await handlersFor(where, 'alice', folderPorts([where.root], asked))

    expect(await ok(handlers, 'saveExport', BRAT)).toEqual({
      path: join(where.root, 'project-brat'),
    })
    expect(asked).toEqual(['export'])
    expect(await snapshot(join(where.root, 'project-brat'))).toEqual({
      'annotation.conf': '[entities]\nClaim\n',
      'alice/0fd97b1faa0790ad.txt': 'Council pledges\n',
      'alice/0fd97b1faa0790ad.ann': 'T1\tClaim 0 7\tCouncil\n',
    })
  })

  it('writes into an existing empty folder of that name', async () => {
    const where = await setup()
    await mkdir(join(where.root, 'project-brat'))
    const handlers = await handlersFor(where, 'alice', folderPorts([where.root]))

    await ok(handlers, 'saveExport', BRAT)
    expect(Object.keys(await snapshot(join(where.root, 'project-brat'))).length).toBe(3)
  })

  it('refuses to write into a folder that already holds files, and changes nothing', async () => {
    const where = await setup()
    const target = join(where.root, 'project-brat')
    await mkdir(target)
    await writeFile(join(target, 'annotation.conf'), 'mine\n')
    const handlers = await handlersFor(where, 'alice', folderPorts([where.root]))

    expect(await failure(handlers, 'saveExport', BRAT)).toEqual({
      code: 'conflict',
      message: `Gloss will not export into ${target}: it is not empty.`,
      file: target,
      hint: 'Choose a new or empty folder, or move the old export aside; nothing was overwritten.',
    })
    expect(await snapshot(target)).toEqual({ 'annotation.conf': 'mine\n' })
  })

  it('writes nothing when the folder dialog is cancelled', async () => {
    const where = await setup()
    const handlers = await handlersFor(where, 'alice', folderPorts([null]))
    expect(await ok(handlers, 'saveExport', BRAT)).toEqual({ path: null })
    expect(await snapshot(where.root)).toEqual({})
  })

  it('refuses a file path that would leave the export folder, writing nothing', async () => {
    const where = await setup()
    const handlers = await handlersFor(where, 'alice', folderPorts([where.root]))
    const input = {
      suggestedName: 'project-brat',
      files: [
        { path: 'annotation.conf', content: 'x' },
        { path: '../escaped.txt', content: 'x' },
      ],
    }
    expect(await failure(handlers, 'saveExport', input)).toEqual({
      code: 'invalid-input',
      message:
        '"../escaped.txt" cannot be the name of an exported file: ".." names the folder above, not a file.',
      hint: 'Export again; file names must be relative paths inside the export folder.',
    })
    expect(await snapshot(where.root)).toEqual({})
  })

  it('keeps the folder inside the chosen one whatever the suggested name says', async () => {
    const where = await setup()
    const handlers = await handlersFor(where, 'alice', folderPorts([join(where.root, 'in')]))
    await mkdir(join(where.root, 'in'))
    const saved = await ok(handlers, 'saveExport', { ...BRAT, suggestedName: '../../up' })
    expect(saved.path).toBe(join(where.root, 'in', '-..-up'))
    expect(await readFile(join(where.root, 'in', '-..-up', 'annotation.conf'), 'utf8')).toBe(
      '[entities]\nClaim\n',
    )
  })

  it('says a folder dialog is unsupported in the browser host', async () => {
    const handlers = await handlersFor(await setup())
    expect(await failure(handlers, 'saveExport', BRAT)).toEqual({
      code: 'unsupported',
      message: 'This window cannot show a folder dialog.',
      hint: 'The browser downloads the export instead.',
    })
  })
})
