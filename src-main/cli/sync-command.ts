import { resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { isRemoteUrl } from '../core/sync/remote-kind'
import { describeSync } from '../core/sync/sync-summary'
import { asProjectWriter } from '../services/locks/command-writer'
import { isFree, joinTeamProject } from '../services/sync/join-project'
import { mergeDriverCommand } from '../services/sync/merge-driver-command'
import { syncProject } from '../services/sync/sync-project'
import { EXIT_OK, type CliIo } from './cli-io'
import { UsageError } from './usage'

/**
 * `gloss sync <project> [--remote URL]`: syncs the project with its team remote; into a
 * folder that is missing or empty, clones the team's project from `--remote` (a colleague
 * joining). What came in and went out goes to stdout; a failure (unreachable remote, no
 * git) to stderr with what to do, exit 2, and nothing local lost.
 */
export async function syncCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { remote: { type: 'string' } },
  })
  const [project, ...extra] = positionals
  if (project === undefined) throw new UsageError('gloss sync needs the project folder.')
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  // A path typed in a shell means a path from where the shell is.
  const remote =
    values.remote === undefined || isRemoteUrl(values.remote)
      ? values.remote
      : resolve(values.remote)
  const driver =
    io.program === undefined ? {} : { mergeDriver: mergeDriverCommand(io.program, 'node') }
  if (await isFree(resolve(project))) {
    if (remote === undefined) {
      throw new UsageError(
        `"${project}" holds no project: give --remote URL to join a team's project there.`,
      )
    }
    const folder = await joinTeamProject(project, remote, driver)
    io.stdout(`Joined the team project from ${remote} in ${folder}.`)
    return EXIT_OK
  }
  const summary = await asProjectWriter(project, false, (store) =>
    syncProject(store, { ...driver, ...(remote !== undefined && { remote }) }),
  )
  if (summary.committed !== null) io.stdout(`Committed: ${summary.committed}`)
  for (const line of describeSync(summary)) io.stdout(line)
  return EXIT_OK
}
