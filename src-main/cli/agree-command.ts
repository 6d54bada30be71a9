import { parseArgs } from 'node:util'

import { agreementReport } from '../services/agreement/agreement-service'
import { GOLD } from '../services/export/select-dataset'
import { openProjectStore } from '../services/project/project-store'
import { agreementText } from './agreement-text'
import { EXIT_OK, type CliIo } from './cli-io'
import { annotatorOption, docsOption } from './cli-options'
import { UsageError } from './usage'

/**
 * `gloss agree <project> [--annotators a,b,...] [--docs id,...] [--json]`: inter-annotator
 * agreement (README, "Agreement") of the annotators (default: all but gold) on the
 * documents (default: all). Prints the figures for a person, or with `--json` the report
 * as one JSON object. Never creates or changes anything.
 */
export async function agreeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      annotators: { type: 'string' },
      docs: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  })
  const [project, ...extra] = positionals
  if (project === undefined) throw new UsageError('gloss agree needs a project folder.')
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  const annotators = annotatorsOption(values.annotators)
  const docs = docsOption(values.docs)

  const store = await openProjectStore(project, { create: false })
  const report = await agreementReport(store, {
    ...(annotators !== undefined && { annotators }),
    ...(docs !== undefined && { docs }),
  })
  if (values.json) io.stdout(JSON.stringify(report))
  else for (const line of agreementText(report)) io.stdout(line)
  return EXIT_OK
}

/** `--annotators a,b,...`; `_gold` names the adjudicated set. */
function annotatorsOption(given: string | undefined): string[] | undefined {
  if (given === undefined) return undefined
  const names = given
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) throw new UsageError('--annotators needs at least one name.')
  return names.map((name) => (name === GOLD ? name : annotatorOption(name)))
}
