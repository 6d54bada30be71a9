import { GlossFailure } from '../core/failure'
import { nameThisProgram } from '../services/locks/lock-holder'
import { agreeCommand } from './agree-command'
import { backupsCommand } from './backups-command'
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io'
import { adjudicateCommand } from './adjudicate-command'
import { exportCommand } from './export-command'
import { importCommand } from './import-command'
import { mergeCommand } from './merge-command'
import { mergeJsonCommand } from './merge-json-command'
import { syncCommand } from './sync-command'
import { USAGE, UsageError } from './usage'

export type { CliIo } from './cli-io'

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> =
  {
    import: importCommand,
    export: exportCommand,
    adjudicate: adjudicateCommand,
    merge: mergeCommand,
    agree: agreeCommand,
    backups: backupsCommand,
    sync: syncCommand,
    'merge-json': mergeJsonCommand,
  }

/**
 * The `gloss` command, headless, on the same services as the app. `argv` is what follows
 * the program name. Returns the exit code: 0 ok, 1 usage error, 2 input error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE)
    return EXIT_OK
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE)
    return EXIT_OK
  }
  const run = command === undefined ? undefined : COMMANDS[command]
  try {
    if (command === undefined) throw new UsageError('Missing command.')
    if (run === undefined) throw new UsageError(`Unknown command "${command}".`)
    // Who holds a lock this command takes, as a refused Gloss window will name it.
    nameThisProgram(`gloss ${command}`)
    return await run(args, io)
  } catch (error) {
    return report(error, io)
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr(`gloss: ${(error as Error).message}`)
    io.stderr(USAGE)
    return EXIT_USAGE
  }
  if (error instanceof GlossFailure) {
    io.stderr(`gloss: ${error.message}`)
    if (error.hint !== undefined) io.stderr(error.hint)
    return EXIT_INPUT
  }
  io.stderr(`gloss: unexpected error: ${error instanceof Error ? error.message : String(error)}`)
  return EXIT_INPUT
}

// node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown options etc.
const isParseArgsError = (error: unknown): boolean =>
  typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string' &&
  (error as NodeJS.ErrnoException).code!.startsWith('ERR_PARSE_ARGS_')
