import { describe, expect, it } from 'vitest'

import { startTicksFromStat } from '../../../../src-main/services/locks/proc-stat'

// The fields after the name as Linux writes them; starttime (field 22) is 3527279.
const AFTER_NAME =
  'R 26189 26189 23136 0 -1 4194304 98 0 0 0 0 0 0 0 20 0 1 0 3527279 3133440 372 18446744073709551615 0'

describe('the start time in a /proc/<pid>/stat line', () => {
  it('is field 22, in clock ticks', () => {
    expect(startTicksFromStat(`26193 (cat) ${AFTER_NAME}\n`)).toBe(3527279)
  })

  it('is found when the command name holds spaces and a closing parenthesis', () => {
    expect(startTicksFromStat(`26193 (a b) c) ${AFTER_NAME}\n`)).toBe(3527279)
  })

  it('is found when the command name is itself in parentheses', () => {
    expect(startTicksFromStat(`26193 ((a b) c)) ${AFTER_NAME}\n`)).toBe(3527279)
  })

  it('is found when the command name looks like more fields', () => {
    expect(startTicksFromStat(`26193 (x) 1 2 3 4) ${AFTER_NAME}`)).toBe(3527279)
  })

  it('is null for a line cut short before field 22', () => {
    expect(startTicksFromStat('26193 (cat) R 26189 26189')).toBeNull()
  })

  it('is null for text without a command name', () => {
    expect(startTicksFromStat('')).toBeNull()
    expect(startTicksFromStat(`26193 cat ${AFTER_NAME}`)).toBeNull()
  })
})
