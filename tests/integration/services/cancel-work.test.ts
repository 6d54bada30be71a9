import { describe, expect, it } from 'vitest'

import { agreementOverview } from '../../../src-main/services/agreement/agreement-service'
import { buildExport } from '../../../src-main/services/export/build-export'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { createWorkRegister } from '../../../src-main/services/work/work-register'
import { datasetProject, snapshot } from './support/dataset-fixture'
import { failure, ok, openedProject } from './support/project-fixture'

describe('cancelling an export', () => {
  it('stops after the document being read and writes nothing', async () => {
    const where = await datasetProject()
    const before = await snapshot(where.root)
    const store = await openProjectStore(where.project, { create: false })
    const register = createWorkRegister()
    const work = register.begin('export-1', 'The export was cancelled; nothing was written.')
    // The analyst presses Cancel when the first document has been read.
    const progress = {
      start: () => ({ advance: () => void register.cancel('export-1'), finish() {} }),
      current: () => null,
    }
    await expect(
      buildExport(store, { format: 'brat', source: 'all', status: 'any' }, progress, work),
    ).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The export was cancelled; nothing was written.',
    })
    expect(await snapshot(where.root)).toEqual(before)
  })

  it('answers cancelled over the contract when the cancel came first', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    await ok(alice, 'cancelWork', { workId: 'export-2' })
    const error = await failure(alice, 'exportDataset', {
      format: 'jsonl',
      source: 'all',
      workId: 'export-2',
    })
    expect(error).toEqual({
      code: 'cancelled',
      message: 'The export was cancelled; nothing was written.',
    })
    expect(await ok(alice, 'exportProgress', {})).toBeNull()
  })

  it('exports in full when nobody cancels, with progress gone afterwards', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    const exported = await ok(alice, 'exportDataset', {
      format: 'jsonl',
      source: 'all',
      workId: 'export-3',
    })
    expect(exported.documents).toBe(3)
    expect(await ok(alice, 'cancelWork', { workId: 'export-3' })).toEqual({ cancelled: false })
    expect(await ok(alice, 'workProgress', { workId: 'export-3' })).toBeNull()
  })
})

describe('cancelling agreement', () => {
  it('stops before computing once cancelled while the documents are read', async () => {
    const where = await datasetProject()
    const store = await openProjectStore(where.project, { create: false })
    const register = createWorkRegister()
    const work = register.begin('agree-2', 'Computing agreement was cancelled.')
    // The analyst presses Cancel when the first document has been read.
    const cancelAfterFirst = { ...work, advance: () => void register.cancel('agree-2') }
    await expect(agreementOverview(store, { work: cancelAfterFirst })).rejects.toMatchObject({
      code: 'cancelled',
      message: 'Computing agreement was cancelled.',
    })
  })

  it('answers cancelled when the cancel came first', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    await ok(alice, 'cancelWork', { workId: 'agree-1' })
    expect(await failure(alice, 'getAgreement', { workId: 'agree-1' })).toEqual({
      code: 'cancelled',
      message: 'Computing agreement was cancelled.',
    })
  })
})
