import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { benchAgreement } from './bench-agreement'
import { benchCore } from './bench-core'
import { benchReview } from './bench-review'
import { benchServices } from './bench-services'
import { benchSync } from './bench-sync'
import { benchUi } from './bench-ui'
import { benchWatch } from './bench-watch'
import { corpusSource, useCorpus } from './corpus-text'
import { type Figure, printFigure } from './timing'
import { benchUiCases } from './ui/bench-ui-cases'
import { verdictOf, type UiMeasure } from './ui/ui-measure'

// Speed targets live here, never in timed tests: these machines are shared and noisy.
const reportDir = join(import.meta.dirname, '..', 'bench-results')

// --quick: the renderer's large case only (under a minute); --corpus: where the text comes from.
const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, corpus: { type: 'string' } },
})

async function main(): Promise<void> {
  if (args.corpus !== undefined) useCorpus(args.corpus)
  console.log(`Gloss bench — corpus: ${corpusSource()}; ${cpus().length} cores`)
  const figures: Figure[] = []
  const ui: UiMeasure[] = await benchUiCases({ quick: args.quick })
  const record = (list: readonly Figure[]): void => {
    for (const figure of list) {
      printFigure(figure)
      figures.push(figure)
    }
  }
  if (!args.quick) {
    record(await benchCore())
    const services = await benchServices()
    record(services.figures)
    record(await benchUi(services.bigProject))
    record(await benchWatch())
    record(await benchAgreement())
    record(await benchReview())
    record(await benchSync())
  }

  await mkdir(reportDir, { recursive: true })
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    cpu: cpus()[0]?.model ?? 'unknown',
    quick: args.quick,
    ui: ui.map((figure) => ({ ...figure, verdict: verdictOf(figure) })),
    figures,
  }
  const file = join(reportDir, `bench-${report.date.replace(/[:.]/g, '-')}.json`)
  await writeFile(file, JSON.stringify(report, null, 2) + '\n')
  console.log(`report: ${file}`)
}

await main()
