/**
 * What only a shell can do (native dialogs). The browser host and the CLI have none of
 * these; the handlers then answer `unsupported` and the UI offers its own way instead.
 */
export interface ShellPorts {
  readonly host: 'electron' | 'web'
  /**
   * A native folder dialog: for a new or existing project, a colleague's project to merge,
   * or the folder an export of several files goes into. `null` when the user cancels.
   */
  readonly pickFolder?: (purpose: 'new' | 'open' | 'merge' | 'export') => Promise<string | null>
  /** A native open dialog for files or a folder; the raw selection, folders not expanded. */
  readonly pickPaths?: (kind: 'files' | 'folder') => Promise<readonly string[]>
  /** A native save dialog; `null` when the user cancels. */
  readonly pickSavePath?: (suggestedName: string) => Promise<string | null>
}
