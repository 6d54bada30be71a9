/** Where the CLI writes, one line per call; tests capture it, main.ts uses the process. */
export interface CliIo {
  stdout(line: string): void
  stderr(line: string): void
  /** The script this process runs as the `gloss` command, when it is a real one (not a test). */
  readonly program?: string
}

export const EXIT_OK = 0
export const EXIT_USAGE = 1
export const EXIT_INPUT = 2
