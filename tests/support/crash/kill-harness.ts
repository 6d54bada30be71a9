import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { ANNOTATION_FILE } from '../../../src-main/services/project/file-kinds'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { createJsonFiles } from '../../../src-main/services/storage/json-file'
import { lookState } from '../../../src-main/services/storage/file-state'
import type { CrashChildren } from './build-children'
import { startChild } from './child-lines'
import { runHost, runSaver } from './child-runs'
import { makeCrashProject, type CrashProject } from './crash-project'
import { checkProjectFiles } from './project-files-check'
import { createDocLedger, type DocLedger } from './save-ledger'
import { seededRandom } from './seeded-random'

export interface KillHarnessOptions {
  /** `services`: the child saves through the services; `http`: the harness posts to the browser host in the child. */
  readonly mode: 'services' | 'http'
  readonly children: CrashChildren
  readonly kills: number
  /** Kill moments come from this seed; a failure names it, so it can be run again. */
  readonly seed: number
  /** Where the projects are made (and removed as the harness moves on). */
  readonly workDir: string
  /** A kill comes up to this long after the child's first acknowledged save. */
  readonly maxKillDelayMs?: number
  /** Saves kept in flight per document. */
  readonly inFlight?: number
  /** A fresh project after this many kills, so files (and checks) stay small. */
  readonly killsPerProject?: number
  /** Told after each kill that was checked (progress for a long run). */
  readonly onKill?: (kill: number) => void
}

export interface KillHarnessReport {
  readonly kills: number
  /** Saves acknowledged, over all kills. */
  readonly acknowledged: number
  /** Kills that left temp files of cut-short writes behind. */
  readonly killsLeavingTemps: number
  /** Temp files still there once the project was opened again (which sweeps them). */
  readonly tempsAfterReopen: number
  /**
   * The first kill after which a file did not parse or an acknowledged edit was missing; the
   * harness stops there (the project is broken for the next child).
   */
  readonly failure: string | null
}

// A tenth of the kills land while the child opens the project, before any save.
const EARLY_KILL_SHARE = 0.1

/**
 * Runs children that save span edits with several saves in flight and SIGKILLs each at a
 * random moment; after every kill, every project file must parse and hold every edit whose
 * save was acknowledged (see save-ledger.ts for what the spans may be). The next child is
 * loaded while the last kill is checked, and it opens the project only once that is done.
 */
export async function runKillHarness(options: KillHarnessOptions): Promise<KillHarnessReport> {
  const random = seededRandom(options.seed)
  const maxDelay = options.maxKillDelayMs ?? 40
  const perProject = options.killsPerProject ?? 20
  const script = options.mode === 'services' ? options.children.saver : options.children.host
  let project: CrashProject | null = null
  let ledgers: DocLedger[] = []
  let acknowledged = 0
  let killsLeavingTemps = 0
  let tempsAfterReopen = 0
  let next = startChild(script)
  try {
    for (let kill = 1; kill <= options.kills; kill++) {
      if ((kill - 1) % perProject === 0) {
        if (project !== null) {
          tempsAfterReopen += await reopenedTemps(project)
          await rm(project.root, { recursive: true, force: true })
        }
        project = await makeCrashProject(join(options.workDir, `p${kill}`))
        const seeds = project.seedIds
        ledgers = project.docs.map((_, i) => createDocLedger(i === 1 ? seeds : new Set()))
      }
      const child = next
      await child.ready
      next = startChild(script)
      const early = random() < EARLY_KILL_SHARE
      const delay = random() * maxDelay
      const context = { project: project as CrashProject, ledgers, inFlight: options.inFlight ?? 3 }
      const run =
        options.mode === 'services'
          ? await runSaver(child, context, early, delay)
          : await runHost(child, context, early, delay)
      const where = `after kill ${kill} of ${options.kills} (${options.mode}, seed ${options.seed})`
      if (run.problem !== null) return report(kill, `${where}: ${run.problem}`)
      acknowledged += run.acknowledged
      const problem = await checkAfterKill(project as CrashProject, ledgers)
      if (problem.temps > 0) killsLeavingTemps++
      if (problem.text !== null) return report(kill, `${where}: ${problem.text}`)
      options.onKill?.(kill)
    }
    if (project !== null) tempsAfterReopen += await reopenedTemps(project)
    return report(options.kills, null)
  } finally {
    next.process.kill('SIGKILL')
    await next.exited
  }

  function report(kills: number, failure: string | null): KillHarnessReport {
    return { kills, acknowledged, killsLeavingTemps, tempsAfterReopen, failure }
  }
}

/** Opens the project as the next session would, and counts the temp files left after that. */
async function reopenedTemps(project: CrashProject): Promise<number> {
  await openProjectStore(project.root, { create: false, files: createJsonFiles() })
  return (await checkProjectFiles(project.root)).temps.length
}

async function checkAfterKill(
  project: CrashProject,
  ledgers: readonly DocLedger[],
): Promise<{ readonly text: string | null; readonly temps: number }> {
  const files = await checkProjectFiles(project.root)
  if (files.problem !== null) return { text: files.problem, temps: files.temps.length }
  for (const [i, { file }] of project.docs.entries()) {
    let spans
    try {
      spans = (await lookState(file, ANNOTATION_FILE, null)).value?.spans ?? []
    } catch (error) {
      return {
        text: error instanceof Error ? error.message : String(error),
        temps: files.temps.length,
      }
    }
    const problem = (ledgers[i] as DocLedger).check(spans)
    if (problem !== null)
      return { text: `document ${i + 1}: ${problem}`, temps: files.temps.length }
  }
  return { text: null, temps: files.temps.length }
}
