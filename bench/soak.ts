import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { buildCrashChildren } from '../tests/support/crash/build-children'
import { runExportKills } from '../tests/support/crash/export-kills'
import { runKillHarness } from '../tests/support/crash/kill-harness'

// The long run of the crash tests (tests/integration/services/crash-safety.test.ts and
// export-crash.test.ts): the same harness, thousands of kills. Prints figures; exits 1 at
// the first kill that left a file unreadable, an acknowledged edit lost or an export torn.
const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '2000' },
    'export-kills': { type: 'string', default: '50' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    naive: { type: 'boolean', default: false },
  },
})

async function main(): Promise<number> {
  const kills = Number(args.kills)
  const seed = Number(args.seed)
  const work = await mkdtemp(join(tmpdir(), 'gloss-soak-'))
  console.log(
    `Gloss soak — ${kills} kills per host, seed ${seed}, ${args.naive ? 'NAIVE in-place writer' : 'the real writer'}; ${cpus().length} cores`,
  )
  try {
    const children = await buildCrashChildren(
      join(work, 'children'),
      args.naive ? 'naive' : 'atomic',
    )
    for (const mode of ['services', 'http'] as const) {
      const started = performance.now()
      const report = await runKillHarness({
        mode,
        children,
        kills,
        seed,
        workDir: join(work, mode),
        onKill: (kill) => {
          if (kill % 250 === 0) console.log(`  ${mode}: ${kill} kills…`)
        },
      })
      const seconds = (performance.now() - started) / 1000
      console.log(
        `${mode.padEnd(8)} ${report.kills} kills in ${seconds.toFixed(1)} s (${(report.kills / seconds).toFixed(1)}/s); ` +
          `${report.acknowledged} saves acknowledged${report.failure === null ? ', all kept' : ''}; ` +
          `${report.killsLeavingTemps} kills left temp files, ` +
          `${report.tempsAfterReopen} left after reopening`,
      )
      if (report.failure !== null) {
        console.log(`FAILED ${report.failure}`)
        return 1
      }
    }
    for (const format of ['brat', 'jsonl', 'labelstudio'] as const) {
      const report = await runExportKills({
        exporter: children.exporter,
        format,
        documents: format === 'brat' ? 150 : 4_000,
        kills: Number(args['export-kills']),
        seed,
        workDir: join(work, `export-${format}`),
      })
      console.log(
        `export ${format.padEnd(11)} ${report.absent} kills left it absent, ${report.complete} complete, ` +
          `${report.leftTemps} left temp files (swept by the next export)`,
      )
      if (report.failure !== null) {
        console.log(`FAILED ${report.failure}`)
        return 1
      }
    }
    return 0
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
