import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildCrashChildren, type CrashChildren } from '../../support/crash/build-children'
import { runExportKills } from '../../support/crash/export-kills'

const KILLS = 10

let work: string
let children: CrashChildren

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gloss-export-crash-'))
  children = await buildCrashChildren(join(work, 'children'), 'atomic')
}, 60_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('an export killed (SIGKILL) while it writes', () => {
  it.each([
    { format: 'brat', documents: 150, what: 'a folder of 300 files' },
    { format: 'jsonl', documents: 4_000, what: 'one 5 MB file' },
    { format: 'labelstudio', documents: 2_000, what: 'tasks with their config beside them' },
  ] as const)(
    'leaves $what absent or complete, never truncated, and the next export sweeps its leftovers',
    async ({ format, documents }) => {
      const report = await runExportKills({
        exporter: children.exporter,
        format,
        documents,
        kills: KILLS,
        seed: 8,
        workDir: join(work, format),
      })
      expect(report.failure).toBeNull()
      expect(report.absent + report.complete).toBe(KILLS)
      // The kills landed while files were being written, not only before or after.
      expect(report.leftTemps).toBeGreaterThan(0)
    },
    60_000,
  )
})
