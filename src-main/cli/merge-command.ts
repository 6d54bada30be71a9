import { parseArgs } from 'node:util'

import type { MergeSummary } from '../core/project/merge-summary'
import {
  documentsLine,
  layerOutcome,
  layerTitle,
  mergeHadProblems,
  unknownLabelsWarning,
} from '../core/project/merge-wording'
import { mergeProject } from '../services/merge/merge-project'
import { asProjectWriter } from '../services/locks/command-writer'
import type { ProjectStore } from '../services/project/project-store'
import { EXIT_INPUT, EXIT_OK, type CliIo } from './cli-io'
import { annotatorOption } from './cli-options'
import { UsageError } from './usage'

/**
 * `gloss merge <project> <other-project-folder> [--as NAME | --as old=new ...] [--dry-run]`.
 * Never creates the project; the other folder is only read. What came in goes to stdout,
 * what was refused and why (clashes too) and warnings to stderr. Exit 2 when anything was
 * refused or clashed (the rest is merged); a dry run exits as the merge would.
 */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      as: { type: 'string', multiple: true, default: [] },
      'dry-run': { type: 'boolean', default: false },
    },
  })
  const [project, other, ...extra] = positionals
  if (project === undefined || other === undefined) {
    throw new UsageError("gloss merge needs the project folder and the colleague's project folder.")
  }
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  const apply = !values['dry-run']
  // The layers it brings in are held while they are written, until the command ends.
  const summary = await asProjectWriter(project, false, async (store) => {
    const renames = await renamesOption(values.as, store, other)
    return mergeProject(store, { from: other, renames, apply })
  })
  print(summary, io)
  return mergeHadProblems(summary) ? EXIT_INPUT : EXIT_OK
}

/**
 * `--as old=new`, repeatable; or one `--as NAME` for the one layer that clashes (or the
 * one layer they have), found by planning the merge first.
 */
async function renamesOption(
  given: readonly string[],
  store: ProjectStore,
  other: string,
): Promise<Record<string, string>> {
  const bare = given.filter((value) => !value.includes('='))
  if (bare.length === 0) {
    const pairs = given.map((value) => {
      const at = value.indexOf('=')
      return [value.slice(0, at).trim(), annotatorOption(value.slice(at + 1))] as const
    })
    return Object.fromEntries(pairs)
  }
  if (given.length > 1) {
    throw new UsageError('Give one --as NAME on its own, or name each layer: --as old=new.')
  }
  const name = annotatorOption(bare[0] ?? '')
  const plan = await mergeProject(store, { from: other, apply: false })
  const clashing = plan.layers.filter((layer) => layer.state === 'clash')
  const sole =
    clashing.length === 1 ? clashing[0] : plan.layers.length === 1 ? plan.layers[0] : undefined
  if (sole === undefined) {
    const which =
      clashing.length > 1
        ? `${clashing.length} of their layers clash`
        : `they have ${plan.layers.length} layers and none clashes`
    throw new UsageError(
      `--as ${name} names no one layer: ${which}. Use --as old=new for each layer to rename.`,
    )
  }
  return { [sole.name]: name }
}

function print(summary: MergeSummary, io: CliIo): void {
  io.stdout(
    summary.applied
      ? `merged "${summary.fromName}" from ${summary.from}`
      : `dry run, nothing written: merging "${summary.fromName}" from ${summary.from}`,
  )
  for (const layer of summary.layers) {
    io.stdout(`${layerTitle(layer)}: ${layerOutcome(layer, summary.applied)}`)
  }
  if (summary.layers.length === 0) io.stdout('no layers to merge')
  io.stdout(documentsLine(summary))
  for (const layer of summary.layers) {
    if (layer.state !== 'clash') continue
    io.stderr(
      `clash: layer ${layerTitle(layer)} was not merged; merge it under another name: --as ${layer.name}=${layer.suggestedName ?? `${layer.name}-2`}`,
    )
  }
  for (const refusal of summary.refused) io.stderr(`refused ${refusal.item}: ${refusal.reason}`)
  const warning = unknownLabelsWarning(summary.unknownLabels)
  if (warning !== null) io.stderr(`warning: ${warning}`)
}
