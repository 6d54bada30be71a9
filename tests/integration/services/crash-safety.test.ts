import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildCrashChildren, type CrashChildren } from '../../support/crash/build-children'
import { runKillHarness } from '../../support/crash/kill-harness'

// 2 × 150 kills: the issue asks for at least 300 in CI. CRASH_SEED replays a failing run.
const KILLS_PER_HOST = Number(process.env.CRASH_KILLS ?? 150)
const SEED = Number(process.env.CRASH_SEED ?? 20_260_801)

let work: string
let atomic: CrashChildren
let naive: CrashChildren

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gloss-crash-'))
  atomic = await buildCrashChildren(join(work, 'atomic'), 'atomic')
  naive = await buildCrashChildren(join(work, 'naive'), 'naive')
}, 60_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('saves killed at random moments (SIGKILL), several in flight', () => {
  it.each([
    { mode: 'services', via: 'the services' },
    { mode: 'http', via: "the browser host's HTTP API" },
  ] as const)(
    'through $via: every file parses and holds every acknowledged edit after each kill',
    async ({ mode }) => {
      const report = await runKillHarness({
        mode,
        children: atomic,
        kills: KILLS_PER_HOST,
        seed: mode === 'services' ? SEED : SEED + 1,
        workDir: join(work, mode),
      })
      expect(report).toMatchObject({ failure: null, kills: KILLS_PER_HOST, tempsAfterReopen: 0 })
      expect(report.acknowledged).toBeGreaterThan(KILLS_PER_HOST)
    },
    120_000,
  )

  it('catches a writer that truncates files and writes them in place: the harness fails', async () => {
    const report = await runKillHarness({
      mode: 'services',
      children: naive,
      kills: 60,
      seed: SEED + 2,
      workDir: join(work, 'naive-run'),
    })
    expect(report.failure).toMatch(
      /^after kill \d+ of 60 \(services, seed \d+\): annotations\/alice\/[0-9a-f]+\.json: Gloss cannot read .*: it is not valid JSON/u,
    )
  }, 120_000)
})
