import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'

import { benchAgreement } from './bench-agreement'
import { benchCore } from './bench-core'
import { benchReview } from './bench-review'
import { benchServices } from './bench-services'
import { benchUi } from './bench-ui'
import { benchWatch } from './bench-watch'
import { corpusSource } from './corpus-text'
import { type Figure, printFigure } from './timing'

// Speed targets live here, never in timed tests: these machines are shared and noisy.
const reportDir = join(import.meta.dirname, '..', 'bench-report')

async function main(): Promise<void> {
  console.log(`Gloss bench — corpus: ${corpusSource()}; ${cpus().length} cores`)
  const figures: Figure[] = []
  const record = (list: readonly Figure[]): void => {
    for (const figure of list) {
      printFigure(figure)
      figures.push(figure)
    }
  }
  record(await benchCore())
  const services = await benchServices()
  record(services.figures)
  record(await benchUi(services.bigProject))
  record(await benchWatch())
  record(await benchAgreement())
  record(await benchReview())

  await mkdir(reportDir, { recursive: true })
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    figures,
  }
  const file = join(reportDir, 'bench.json')
  await writeFile(file, JSON.stringify(report, null, 2) + '\n')
  console.log(`report: ${file}`)
}

await main()
