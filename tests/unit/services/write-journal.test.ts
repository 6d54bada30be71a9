import { describe, expect, it } from 'vitest'

import {
  contentFingerprint as fp,
  createWriteJournal,
} from '../../../src-main/services/storage/write-journal'

const FILE = '/project/annotations/alice/0123456789abcdef.json'

describe('the write journal', () => {
  it("calls a save the session's own when it replaced what the session had read", () => {
    const journal = createWriteJournal()
    journal.noteRead(FILE, fp('v1'))
    journal.noteWrite(FILE, fp('v1'), fp('v2'))

    expect(journal.isOwn(FILE, 'v2')).toBe(true)
  })

  it('calls a chain of saves its own, each on top of the last', () => {
    const journal = createWriteJournal()
    journal.noteRead(FILE, fp(null))
    journal.noteWrite(FILE, fp(null), fp('v1'))
    journal.noteWrite(FILE, fp('v1'), fp('v2'))

    expect([journal.isOwn(FILE, 'v1'), journal.isOwn(FILE, 'v2')]).toEqual([false, true])
  })

  it("does not call a save its own when it folded in someone else's newer file", () => {
    const journal = createWriteJournal()
    journal.noteRead(FILE, fp('v1'))
    journal.noteWrite(FILE, fp('colleague'), fp('colleague+mine'))

    expect(journal.isOwn(FILE, 'colleague+mine')).toBe(false)
  })

  it('calls a save its own again once the session has read the file it saves over', () => {
    const journal = createWriteJournal()
    journal.noteRead(FILE, fp('v1'))
    journal.noteRead(FILE, fp('colleague'))
    journal.noteWrite(FILE, fp('colleague'), fp('colleague+mine'))

    expect(journal.isOwn(FILE, 'colleague+mine')).toBe(true)
  })

  it('calls a first save of a file the session never read its own', () => {
    const journal = createWriteJournal()
    journal.noteWrite(FILE, fp(null), fp('v1'))

    expect(journal.isOwn(FILE, 'v1')).toBe(true)
  })

  it('forgets a save that failed', () => {
    const journal = createWriteJournal()
    journal.noteRead(FILE, fp('v1'))
    journal.noteWrite(FILE, fp('v1'), fp('v2'))
    journal.noteWrite(FILE, fp('v2'), fp('v3'))()

    expect([journal.isOwn(FILE, 'v2'), journal.isOwn(FILE, 'v3')]).toEqual([true, false])
  })

  it('never calls content its own that the session did not write', () => {
    const journal = createWriteJournal()
    journal.noteRead(FILE, fp('v1'))

    expect([journal.isOwn(FILE, 'v1'), journal.isOwn(FILE, null)]).toEqual([false, false])
  })
})
