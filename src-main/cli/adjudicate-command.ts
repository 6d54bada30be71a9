import { parseArgs } from 'node:util'

import { count } from '../core/formats/export-spans'
import { openAppState } from '../services/app-state'
import { asProjectWriter } from '../services/locks/command-writer'
import { adjudicateMajority } from '../services/review/adjudicate-majority'
import { reviewAnnotators } from '../services/review/review-layers'
import { EXIT_OK, type CliIo } from './cli-io'
import { annotatorOption, annotatorsOption, docsOption } from './cli-options'
import { UsageError } from './usage'

/**
 * `gloss adjudicate <project> --majority [--annotators a,b,c] [--docs id,...] [--reviewer NAME]`:
 * the automatic first pass of review. Writes only gold files; the verdicts are recorded as the
 * reviewer's (`--reviewer`, else the remembered annotator name).
 */
export async function adjudicateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      majority: { type: 'boolean', default: false },
      annotators: { type: 'string' },
      docs: { type: 'string' },
      reviewer: { type: 'string' },
    },
  })
  const [project, ...extra] = positionals
  if (project === undefined) throw new UsageError('gloss adjudicate needs a project folder.')
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  if (!values.majority) {
    throw new UsageError('gloss adjudicate needs --majority (the automatic pass it runs).')
  }
  const asked = annotatorsOption(values.annotators)
  const docs = docsOption(values.docs)
  const reviewer =
    values.reviewer !== undefined
      ? annotatorOption(values.reviewer)
      : (await openAppState()).annotator()

  // Gold is a layer too: held from its first write until the command ends.
  const { annotators, summary } = await asProjectWriter(project, false, async (store) => {
    const annotators = await reviewAnnotators(store, asked)
    const summary = await adjudicateMajority(store, {
      annotators,
      reviewer,
      ...(docs !== undefined && { docs }),
    })
    return { annotators, summary }
  })
  io.stdout(
    `majority of ${annotators.join(', ')} on ${count(summary.documents, 'document')}: added ${count(summary.added, 'span')} to gold, ${summary.alreadyPresent} already there, ${summary.overruled} kept rejected by a reviewer`,
  )
  io.stdout(
    `disagreements left for a person: ${summary.left}; documents adjudicated: ${summary.adjudicated}; gold files written: ${summary.written}`,
  )
  return EXIT_OK
}
