import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// The bench runs under tsx without --expose-gc; V8 still takes the flag at run time, and a
// fresh context then has `gc` (the flag only applies to contexts made after it is set).
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** The heap in use once garbage is collected, in bytes: what the process really holds. */
export function liveHeap(): number {
  collect()
  return process.memoryUsage().heapUsed
}
