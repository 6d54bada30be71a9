const quoted = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`

/**
 * The command git runs as Gloss's merge driver on this machine: this process's runtime
 * running Gloss's CLI script (`merge-json`; git appends the files). Git runs it through
 * `sh` (git for Windows too), hence the quoting. The Electron binary acts as Node only when
 * `ELECTRON_RUN_AS_NODE` is set.
 */
export function mergeDriverCommand(cliScript: string, runtime: 'node' | 'electron'): string {
  const asNode = runtime === 'electron' ? 'ELECTRON_RUN_AS_NODE=1 ' : ''
  return `${asNode}${quoted(process.execPath)} ${quoted(cliScript)} merge-json`
}
