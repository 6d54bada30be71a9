import { mkdir, readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

import { writeExportOutput } from '../../../src-main/cli/write-export-output'
import { parseTempName } from '../../../src-main/services/storage/temp-sweep'
import { startChild, type RunningChild } from './child-lines'
import { exportDataset, type ExportGo } from './export-dataset'
import { seededRandom } from './seeded-random'

export interface ExportKillOptions {
  readonly exporter: string
  readonly format: ExportGo['format']
  readonly documents: number
  readonly kills: number
  readonly seed: number
  readonly workDir: string
}

export interface ExportKillReport {
  /** Kills after which the target was absent, and after which it was complete. */
  readonly absent: number
  readonly complete: number
  /** Kills that left a temp file or folder of the export beside the target. */
  readonly leftTemps: number
  /** The first kill after which the target held part of the export, or a leftover stayed. */
  readonly failure: string | null
}

const OUT_NAME = { brat: 'demo-brat', jsonl: 'demo.jsonl', labelstudio: 'demo.labelstudio.json' }

/**
 * Kills an export child (SIGKILL) at random moments while it writes; after each kill the
 * target must be absent or complete, file for file and byte for byte. After a kill that left
 * it absent, exporting again to the same place must succeed and sweep what the kill left.
 * Kill moments are spread over one and a half times what a whole export takes here (measured
 * first), so some land after it is done.
 */
export async function runExportKills(options: ExportKillOptions): Promise<ExportKillReport> {
  const random = seededRandom(options.seed)
  const goFor = (k: number): ExportGo => ({
    format: options.format,
    out: join(options.workDir, `kill-${k}`, OUT_NAME[options.format]),
    documents: options.documents,
  })
  const expected = expectedFiles(goFor(0))
  const calibration = startChild(options.exporter)
  const wholeMs = await timeWholeExport(calibration, goFor(0))
  let report = { absent: 0, complete: 0, leftTemps: 0 }
  let next = startChild(options.exporter)
  try {
    for (let k = 1; k <= options.kills; k++) {
      const go = goFor(k)
      await mkdir(dirname(go.out), { recursive: true })
      const child = next
      await child.ready
      next = startChild(options.exporter)
      const writing = new Promise<void>((resolve) =>
        child.onLine((line) => line === 'writing' && resolve()),
      )
      child.process.stdin?.write(`go ${JSON.stringify(go)}\n`)
      await Promise.race([writing, child.exited])
      await new Promise((resolve) => setTimeout(resolve, random() * wholeMs * 1.5))
      child.process.kill('SIGKILL')
      const { code, signal } = await child.exited
      const where = `after kill ${k} (${options.format}, seed ${options.seed})`
      if (signal !== 'SIGKILL' && code !== 0) {
        return { ...report, failure: `${where}: the export failed: ${child.stderr()}` }
      }
      const found = await inspect(go, expected)
      if (found.problem !== null) return { ...report, failure: `${where}: ${found.problem}` }
      if ((await tempsBeside(go.out)).length > 0)
        report = { ...report, leftTemps: report.leftTemps + 1 }
      if (found.state === 'complete') {
        report = { ...report, complete: report.complete + 1 }
        continue
      }
      report = { ...report, absent: report.absent + 1 }
      // Exporting again where the kill left nothing: it works, and sweeps the leftovers.
      await writeExportOutput(go.format, exportDataset(go), go.out)
      const again = await inspect(go, expected)
      const left = await tempsBeside(go.out)
      if (again.state !== 'complete' || left.length > 0) {
        return {
          ...report,
          failure: `${where}: exporting again left ${again.state}, ${left.join(', ')}`,
        }
      }
    }
    return { ...report, failure: null }
  } finally {
    next.process.kill('SIGKILL')
    await next.exited
  }
}

async function timeWholeExport(child: RunningChild, go: ExportGo): Promise<number> {
  await mkdir(dirname(go.out), { recursive: true })
  await child.ready
  let started = 0
  const done = new Promise<number>((resolve) =>
    child.onLine((line) => {
      if (line === 'writing') started = performance.now()
      if (line === 'done') resolve(performance.now() - started)
    }),
  )
  child.process.stdin?.write(`go ${JSON.stringify(go)}\n`)
  const ms = await Promise.race([done, child.exited.then(() => Number.NaN)])
  if (Number.isNaN(ms)) throw new Error(`the export child failed: ${child.stderr()}`)
  await child.exited
  return ms
}

/** The files a complete export holds: path relative to the kill's folder → content. */
function expectedFiles(go: ExportGo): Map<string, string> {
  const files = exportDataset(go)
  const name = basename(go.out)
  if (go.format === 'brat') {
    return new Map(files.map((file) => [join(name, file.path), String(file.content)]))
  }
  const [main, ...sidecars] = files
  return new Map([
    [name, String(main?.content)],
    ...sidecars.map((file) => [file.path, String(file.content)] as const),
  ])
}

/** Absent (no main file or folder), complete, or a problem: what a kill must never leave. */
async function inspect(
  go: ExportGo,
  expected: ReadonlyMap<string, string>,
): Promise<{ readonly state: 'absent' | 'complete'; readonly problem: string | null }> {
  const folder = dirname(go.out)
  const present = new Map<string, string>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(folder.length + 1)
    if (entry.isFile() && !isTemp(path))
      present.set(path, await readFile(join(folder, path), 'utf8'))
  }
  const main = go.format === 'brat' ? null : basename(go.out)
  const mainThere = main === null ? present.size > 0 : present.has(main)
  if (!mainThere) return { state: 'absent', problem: null }
  for (const [path, content] of expected) {
    if (present.get(path) !== content) {
      const why = present.has(path) ? 'is truncated or wrong' : 'is missing'
      return { state: 'absent', problem: `the export is there but ${path} ${why}` }
    }
  }
  return { state: 'complete', problem: null }
}

const isTemp = (path: string): boolean =>
  path.split('/').some((part) => parseTempName(part) !== null)

async function tempsBeside(out: string): Promise<string[]> {
  return (await readdir(dirname(out))).filter(
    (name) => parseTempName(name)?.target === basename(out),
  )
}
