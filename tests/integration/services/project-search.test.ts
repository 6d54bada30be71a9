import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { openProjectStore } from '../../../src-main/services/project/project-store'
import { searchProject } from '../../../src-main/services/search/search-project'
import { createSearchTexts } from '../../../src-main/services/search/search-texts'
import { createWorkRegister } from '../../../src-main/services/work/work-register'
import { CRLF_ID, datasetProject, EMOJI_ID, VIETNAMESE_ID } from './support/dataset-fixture'
import { failure, ok, openedProject } from './support/project-fixture'

describe('searching the project', () => {
  it('finds a word in every text, with the words around it', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    const found = await ok(alice, 'searchProject', { query: 'council' })
    expect(found).toEqual({
      results: [
        {
          docId: CRLF_ID,
          title: 'Council pledges new bus routes',
          start: 0,
          end: 7,
          span: null,
          context: { before: '', match: 'Council', after: ' pledges new bus routes' },
        },
        {
          docId: CRLF_ID,
          title: 'Council pledges new bus routes',
          start: 36,
          end: 43,
          span: null,
          context: {
            before: 'The ',
            match: 'council',
            after: ' will add 14 bus routes by March, the transport…',
          },
        },
      ],
      hits: 2,
      documents: 1,
      searched: 3,
      truncated: false,
      unreadable: [],
    })
  })

  it("finds spans of a label in everyone's layers, at their UTF-16 offsets", async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    const { results } = await ok(alice, 'searchProject', { query: 'label:Statistic' })
    const got = await Promise.all(
      results.map(async (result) => {
        const { text } = await ok(alice, 'getDocument', { docId: result.docId })
        return [result.span?.annotator, text.slice(result.start, result.end), result.context.match]
      }),
    )
    expect(got).toEqual([
      ['alice', '12.500 hộ dân', '12.500 hộ dân'],
      ['bob', 'tăng 3,5%', 'tăng 3,5%'],
      ['alice', '👨‍👩‍👧‍👦 families', '👨‍👩‍👧‍👦 families'],
      ['alice', '14 bus routes', '14 bus routes'],
      ['bob', 'Ridership rose 8%', 'Ridership rose 8%'],
    ])
    expect(results.map((result) => result.docId)).toEqual([
      VIETNAMESE_ID,
      VIETNAMESE_ID,
      EMOJI_ID,
      CRLF_ID,
      CRLF_ID,
    ])
  })

  it("combines annotator, note and status: bob's spans noted 'per year'", async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    const found = await ok(alice, 'searchProject', { query: 'annotator:bob note:"per year"' })
    expect(found.results.map((r) => [r.docId, r.span?.id])).toEqual([[CRLF_ID, 'b3']])
    const done = await ok(alice, 'searchProject', { query: 'status:done' })
    expect(done.results.map((r) => [r.docId, r.start, r.end])).toEqual([[VIETNAMESE_ID, 0, 0]])
  })

  it('keeps at most `limit` results and still counts every hit', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    const found = await ok(alice, 'searchProject', { query: 'label:claim', limit: 2 })
    expect([found.results.length, found.hits, found.truncated]).toEqual([2, 5, true])
  })

  it('answers a query it cannot read with the problem', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    expect(await failure(alice, 'searchProject', { query: 'status:finished' })).toEqual({
      code: 'invalid-input',
      message: 'There is no status "finished": use status:todo, status:in-progress or status:done.',
    })
  })

  it('names a document whose text file is missing and searches the others', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    await rm(join(where.project, 'documents', `${CRLF_ID}.txt`))
    const found = await ok(alice, 'searchProject', { query: 'the' })
    expect(found.unreadable).toEqual([
      `"Council pledges new bus routes" was not searched: its text file is missing (documents/${CRLF_ID}.txt). Import it again to restore it.`,
    ])
    expect(found.results.map((r) => r.docId)).toEqual([VIETNAMESE_ID, EMOJI_ID])
  })
})

describe('cancelling a search', () => {
  it('stops between documents and answers cancelled', async () => {
    const where = await datasetProject()
    const store = await openProjectStore(where.project, { create: false })
    const register = createWorkRegister()
    const work = register.begin('w1', 'The search was cancelled.')
    const texts = createSearchTexts()
    let reads = 0
    // The analyst presses Cancel while the first text is being read.
    const cancelling = {
      read: (file: string) => {
        reads++
        register.cancel('w1')
        return texts.read(file)
      },
    }
    await expect(
      searchProject(store, 'the', { me: 'alice', limit: 10, texts: cancelling, work }),
    ).rejects.toMatchObject({ code: 'cancelled', message: 'The search was cancelled.' })
    // The texts in flight were read, but none was searched once the cancel came.
    expect(reads).toBe(3)
    expect(register.progress('w1')).toEqual({ done: 0, total: 3 })
  })

  it('cancels a search whose cancel arrived first, and says nothing ran', async () => {
    const where = await datasetProject()
    const alice = await openedProject(where, 'alice')
    expect(await ok(alice, 'cancelWork', { workId: 'early-1' })).toEqual({ cancelled: false })
    expect(await failure(alice, 'searchProject', { query: 'the', workId: 'early-1' })).toEqual({
      code: 'cancelled',
      message: 'The search was cancelled.',
    })
    expect(await ok(alice, 'workProgress', { workId: 'early-1' })).toBeNull()
  })
})
