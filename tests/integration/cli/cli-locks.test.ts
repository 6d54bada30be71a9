import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { nameThisProgram } from '../../../src-main/services/locks/lock-holder'
import { otherProgram, writeLock } from '../../unit/services/locks/lock-fixture'
import {
  ok,
  openedProject,
  setup,
  uploadFixtures,
  type Setup,
} from '../services/support/project-fixture'
import { gloss } from './support/run-gloss'

const DOC = '0fd97b1faa0790ad'

/** A project open in the browser host as alice, with one article, and a doccano file for it. */
async function openAsAlice() {
  nameThisProgram('Gloss browser host (npm run web)')
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await uploadFixtures(alice, 'crlf-line-endings.txt')
  const { text } = await ok(alice, 'getDocument', { docId: DOC })
  const start = text.indexOf('14 bus routes')
  const doccano = join(where.root, 'spans.jsonl')
  await writeFile(doccano, JSON.stringify({ text, label: [[start, start + 13, 'Statistic']] }))
  return { where, doccano }
}

const lockOf = (where: Setup, layer: string) =>
  join(where.project, '.gloss', 'locks', `${layer}.lock`)

describe('gloss and the layer locks', () => {
  it('refuses to import annotations into a layer an open Gloss writes, naming it, and writes nothing', async () => {
    const { where, doccano } = await openAsAlice()
    const lock = lockOf(where, 'alice')
    const { startedAt } = JSON.parse(await readFile(lock, 'utf8')) as { startedAt: string }

    const run = await gloss(
      'import',
      where.project,
      doccano,
      '--format',
      'doccano',
      '--annotator',
      'alice',
    )

    expect(run).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        `gloss: The annotations of alice in ${where.project} are already being written by Gloss browser host (npm run web) (pid ${process.pid} on ${hostname()}, since ${startedAt}).`,
        `Only one program may write a layer at a time. Close that Gloss window or let that command finish, then try again, or work under another annotator name. If it is no longer running on ${hostname()}, delete ${lock}.`,
      ],
    })
    await expect(stat(join(where.project, 'annotations', 'alice', `${DOC}.json`))).rejects.toThrow(
      /ENOENT/u,
    )
  })

  it('imports into another layer while one is open, and lets go of that layer after', async () => {
    const { where, doccano } = await openAsAlice()

    const run = await gloss(
      'import',
      where.project,
      doccano,
      '--format',
      'doccano',
      '--annotator',
      'bob',
    )

    expect(run.code).toBe(0)
    expect(await readdir(join(where.project, 'annotations', 'bob'))).toEqual([`${DOC}.json`])
    expect((await readdir(join(where.project, '.gloss', 'locks'))).sort()).toEqual(['alice.lock'])
  })

  it('refuses to adjudicate while another program writes the gold set', async () => {
    const { where, doccano } = await openAsAlice()
    await gloss('import', where.project, doccano, '--format', 'doccano', '--annotator', 'bob')
    await gloss('import', where.project, doccano, '--format', 'doccano', '--annotator', 'carol')
    const lock = lockOf(where, '_gold')
    await writeLock(lock, otherProgram({ annotator: '_gold', program: 'Gloss (desktop app)' }))

    const run = await gloss('adjudicate', where.project, '--majority', '--annotators', 'bob,carol')

    expect(run.code).toBe(2)
    expect(run.stderr[0]).toBe(
      `gloss: The gold set (annotations/_gold) of ${where.project} is already being written by Gloss (desktop app) (pid ${process.ppid} on ${hostname()}, since 2026-05-01T09:30:00.000Z).`,
    )
    await expect(stat(join(where.project, 'annotations', '_gold'))).rejects.toThrow(/ENOENT/u)
  })

  it('takes over a gold lock its crashed holder left behind, without asking', async () => {
    const { where, doccano } = await openAsAlice()
    await gloss('import', where.project, doccano, '--format', 'doccano', '--annotator', 'bob')
    await gloss('import', where.project, doccano, '--format', 'doccano', '--annotator', 'carol')
    // No process runs with a pid this large (Linux caps them at 2^22).
    await writeLock(lockOf(where, '_gold'), otherProgram({ annotator: '_gold', pid: 2 ** 30 }))

    const run = await gloss('adjudicate', where.project, '--majority', '--annotators', 'bob,carol')

    expect(run.code).toBe(0)
    expect(await readdir(join(where.project, 'annotations', '_gold'))).toEqual([`${DOC}.json`])
    expect((await readdir(join(where.project, '.gloss', 'locks'))).sort()).toEqual(['alice.lock'])
  })
})
