import { runCli } from '../../../../src-main/cli/run-cli'

/** Runs the CLI in-process and returns its exit code and the lines it printed. */
export async function gloss(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await runCli(argv, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  })
  return { code, stdout, stderr }
}
