import { describe, expect, it } from 'vitest'

import type { ProcessStart } from '../../../../src-main/services/locks/process-start'
import { staleReason, type StaleRules } from '../../../../src-main/services/locks/stale-lock'
import { otherProgram } from './lock-fixture'

const STARTED: ProcessStart = { bootId: 'boot-1', ticks: 3527279 }

/** This machine, where pid 4242 runs and started as `running`. */
const rules = (running: ProcessStart | null): StaleRules => ({
  hostname: 'laptop-7',
  staleAfterMs: 60_000,
  isAlive: (pid) => pid === 4242,
  startOf: (pid) => (pid === 4242 ? running : null),
})

const seen = (processStart?: ProcessStart) => ({
  holder: otherProgram({ hostname: 'laptop-7', pid: 4242, ...(processStart && { processStart }) }),
  ageMs: 0,
})

describe('a lock whose pid is alive on this machine', () => {
  it('is stale at once when that pid started later than the holder', () => {
    expect(staleReason(seen(STARTED), rules({ ...STARTED, ticks: 3600000 }))).toBe(
      'process 4242 is no longer running (its pid now belongs to another process)',
    )
  })

  it('is stale at once when the machine has restarted since it was taken', () => {
    expect(staleReason(seen(STARTED), rules({ ...STARTED, bootId: 'boot-2' }))).toBe(
      'process 4242 is no longer running (the machine has restarted since)',
    )
  })

  it('is held when that pid started when the holder did', () => {
    expect(staleReason(seen(STARTED), rules(STARTED))).toBeNull()
  })

  it('is held when the start of the running process cannot be read (no /proc)', () => {
    expect(staleReason(seen(STARTED), rules(null))).toBeNull()
  })

  it('is held when its record names no start (written by an older Gloss)', () => {
    expect(staleReason(seen(), rules({ ...STARTED, ticks: 3600000 }))).toBeNull()
  })
})

describe('a lock from another machine', () => {
  it('is held whatever start its pid has here', () => {
    const colleague = { ...seen(STARTED), holder: { ...seen(STARTED).holder, hostname: 'pc-2' } }

    expect(staleReason(colleague, rules({ ...STARTED, bootId: 'boot-2' }))).toBeNull()
  })
})
