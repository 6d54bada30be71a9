import { readFileSync } from 'node:fs'

import { startTicksFromStat } from './proc-stat'

/**
 * When a process started, precisely enough to tell it from a later process given the same
 * pid: the boot it runs in and its start time in clock ticks since that boot.
 */
export interface ProcessStart {
  /** `/proc/sys/kernel/random/boot_id`: new at every boot of the machine. */
  readonly bootId: string
  /** Field 22 of `/proc/<pid>/stat`. */
  readonly ticks: number
}

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

let bootId: string | null | undefined

/**
 * The start of process `pid` on this machine, or `null` when it cannot be read: macOS and
 * Windows have no /proc (their locks keep relying on the pid and the refresh time alone), a
 * /proc mounted with `hidepid` hides other users' processes, and a process may just have ended.
 */
export function processStartOf(pid: number): ProcessStart | null {
  bootId ??= readText('/proc/sys/kernel/random/boot_id')?.trim() || null
  if (bootId === null) return null
  const stat = readText(`/proc/${pid}/stat`)
  const ticks = stat === null ? null : startTicksFromStat(stat)
  return ticks === null ? null : { bootId, ticks }
}
