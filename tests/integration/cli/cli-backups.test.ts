import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { DocumentEntry } from '../../../src-main/core/project/project'
import type { AnnotationFile, Span } from '../../../src-main/core/spans/span'
import { createBackupStore } from '../../../src-main/services/backups/backup-store'
import {
  created,
  ok,
  openedProject,
  setup,
  stopHost,
  uploadFixtures,
  type Setup,
} from '../services/support/project-fixture'
import { gloss } from './support/run-gloss'
import { BUS_DOC as DOC, RIDERSHIP, ROUTES } from '../services/support/bus-routes-article'

// The CLI finds backups (and the remembered annotator) in GLOSS_DATA_DIR.
const savedDataDir = process.env.GLOSS_DATA_DIR
afterEach(() => {
  if (savedDataDir === undefined) delete process.env.GLOSS_DATA_DIR
  else process.env.GLOSS_DATA_DIR = savedDataDir
})

/** A project with alice's file on the article and two snapshots of it at known times. */
async function projectWithBackups(): Promise<Setup> {
  const where = await setup()
  process.env.GLOSS_DATA_DIR = where.dataDir
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(ROUTES, RIDERSHIP) })
  const { documents } = JSON.parse(
    await readFile(join(where.project, 'documents', 'index.json'), 'utf8'),
  ) as { documents: [DocumentEntry] }
  const at = (iso: string) =>
    createBackupStore({
      dataDir: where.dataDir,
      projectRoot: where.project,
      now: () => new Date(iso),
    })
  const file = (spans: Span[]): AnnotationFile => ({
    version: 1,
    docId: DOC,
    annotator: 'alice',
    status: 'in-progress',
    spans,
    updatedAt: '2026-01-01T00:00:00.000Z',
  })
  await at('2026-03-01T09:00:00.000Z').take('alice', documents[0], file([ROUTES]), 'editing')
  await at('2026-03-01T09:10:00.000Z').take('alice', documents[0], file([]), 'editing')
  // The window is closed: a restore writes alice's layer, which an open window holds.
  await stopHost(handlers, where)
  return where
}

const restoreAt = (where: Setup, at: string) =>
  gloss('backups', 'restore', where.project, '--doc', DOC, '--at', at, '--annotator', 'alice')

const onDisk = async (where: Setup): Promise<string[]> =>
  (
    JSON.parse(
      await readFile(join(where.project, 'annotations', 'alice', `${DOC}.json`), 'utf8'),
    ) as AnnotationFile
  ).spans.map((span) => span.id)

describe('gloss backups', () => {
  it('lists the snapshots of a document, newest first, with span counts and why', async () => {
    const where = await projectWithBackups()

    expect(await gloss('backups', 'list', where.project, '--annotator', 'alice')).toEqual({
      code: 0,
      stdout: [
        `${DOC}  Council pledges new bus routes`,
        '  2026-03-01T09-10-00.000Z  0 spans, in-progress  (while editing)',
        '  2026-03-01T09-00-00.000Z  1 span, in-progress  (while editing)',
      ],
      stderr: [],
    })
  })

  it('restores the newest snapshot taken at or before --at, and says how to undo it', async () => {
    const where = await projectWithBackups()

    const run = await restoreAt(where, '2026-03-01T09:05Z')
    expect(run.code).toBe(0)
    expect(run.stdout[0]).toBe(
      `Restored ${DOC} for alice from the backup of 2026-03-01T09:00:00.000Z: 1 span, in-progress.`,
    )
    expect(run.stdout[1]).toMatch(
      /^The version it replaced is backup \S+: restore that to undo\.$/u,
    )
    expect(await onDisk(where)).toEqual(['routes'])
  })

  it('says when no snapshot is old enough, and changes nothing', async () => {
    const where = await projectWithBackups()

    expect(await restoreAt(where, '2026-02-01')).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        `gloss: There is no backup of document ${DOC} for alice taken at or before 2026-02-01.`,
        'List them with gloss backups list <project> --doc ID.',
      ],
    })
    expect(await onDisk(where)).toEqual(['routes', 'ridership'])
  })

  it('needs list or restore', async () => {
    const run = await gloss('backups', 'show', '/tmp')
    expect([run.code, run.stderr[0]]).toEqual([
      1,
      'gloss: gloss backups needs "list" or "restore".',
    ])
  })

  it('refuses to restore into a layer an open Gloss writes, and writes nothing', async () => {
    const where = await projectWithBackups()
    const before = await onDisk(where)
    await openedProject(where)

    const run = await restoreAt(where, '2026-03-01T09:05Z')

    expect(run.code).toBe(2)
    expect(run.stderr[0]).toMatch(
      /^gloss: The annotations of alice in .* are already being written by /u,
    )
    expect(await onDisk(where)).toEqual(before)
  })
})
