/** Where the CLI writes, one line per call; tests capture it, main.ts uses the process. */
export interface CliIo {
  stdout(line: string): void
  stderr(line: string): void
}

export const EXIT_OK = 0
export const EXIT_USAGE = 1
export const EXIT_INPUT = 2
