// A child process of lock-lifetime.test.ts: takes a layer's lock as the CLI does, prints
// `held`, then exits at once (`exit`) or waits to be killed (`wait`).
import { createLayerLocks } from '../../../../src-main/services/locks/layer-locks'
import { nameThisProgram } from '../../../../src-main/services/locks/lock-holder'

const [project, layer, then] = process.argv.slice(2)
if (project === undefined || layer === undefined) {
  throw new Error('usage: lock-taker <project> <layer> exit|wait')
}
nameThisProgram('gloss import')
await createLayerLocks(project).hold(layer)
process.stdout.write('held\n')
if (then === 'exit') process.exit(0)
setInterval(() => undefined, 60_000)
