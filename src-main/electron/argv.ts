/**
 * The project folder given on the command line (`npm start -- <folder>`), if any. Unpackaged,
 * argv is `[electron, main script, ...]`; packaged, `[app, ...]`. Chromium switches are skipped.
 */
export function startupFolderFromArgv(
  argv: readonly string[],
  isPackaged: boolean,
): string | undefined {
  return argv.slice(isPackaged ? 1 : 2).find((arg) => arg !== '' && !arg.startsWith('-'))
}
