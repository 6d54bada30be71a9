import { describe, expect, it } from 'vitest'

import type { DiskChange } from '../../../src-main/contract/disk-changes'
import { createChangeLog } from '../../../src-main/services/watch/change-log'

const bob = (docId: string): DiskChange => ({ kind: 'annotations', annotator: 'bob', docId })

describe('the change log', () => {
  it('gives the changes after a cursor, oldest first', () => {
    const log = createChangeLog()
    log.append(bob('aaaaaaaa'))
    const { cursor } = log.since(undefined)
    log.append({ kind: 'index' })
    log.append(bob('bbbbbbbb'))

    expect(log.since(cursor)).toEqual({
      cursor: { log: log.id, seq: 3 },
      changes: [{ kind: 'index' }, bob('bbbbbbbb')],
      reset: false,
    })
  })

  it('gives only a cursor to start from without one', () => {
    const log = createChangeLog()
    log.append({ kind: 'project' })

    expect(log.since(undefined)).toEqual({
      cursor: { log: log.id, seq: 1 },
      changes: [],
      reset: false,
    })
  })

  it('names a file changed several times once, where it last changed', () => {
    const log = createChangeLog()
    const { cursor } = log.since(undefined)
    log.append(bob('aaaaaaaa'))
    log.append({ kind: 'index' })
    log.append(bob('aaaaaaaa'))

    expect(log.since(cursor).changes).toEqual([{ kind: 'index' }, bob('aaaaaaaa')])
  })

  it('asks for a full refresh when changes after the cursor were dropped', () => {
    const log = createChangeLog(5)
    log.append(bob('aaaaaaaa'))
    const { cursor } = log.since(undefined)
    for (let index = 0; index < 6; index++) log.append({ kind: 'index' })

    expect(log.since(cursor)).toEqual({ cursor: { log: log.id, seq: 7 }, changes: [], reset: true })
  })

  it('still lists the changes after a cursor that the trimming kept', () => {
    const log = createChangeLog(5)
    for (let index = 0; index < 6; index++) log.append({ kind: 'index' })
    const { cursor } = log.since(undefined)
    log.append({ kind: 'project' })

    expect(log.since(cursor)).toMatchObject({ changes: [{ kind: 'project' }], reset: false })
  })

  it("asks for a full refresh for another log's cursor", () => {
    const log = createChangeLog()

    expect(log.since({ log: 'an-earlier-run', seq: 0 })).toMatchObject({ reset: true })
  })

  it('asks for a full refresh for a cursor past its end', () => {
    const log = createChangeLog()

    expect(log.since({ log: log.id, seq: 4 })).toMatchObject({ reset: true })
  })
})
