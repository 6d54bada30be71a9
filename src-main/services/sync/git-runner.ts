import { execFile } from 'node:child_process'

import { GlossFailure } from '../../core/failure'

/** What one git command printed; `code` 0 is success. */
export interface GitOutput {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export interface GitRunOptions {
  /** Network commands (fetch, push, clone) get a minute; local ones far less is plenty. */
  readonly timeoutMs?: number
  /** Exit codes that are answers, not failures (e.g. 1 from `merge` with conflicts). */
  readonly allow?: readonly number[]
  readonly input?: string
}

/** Runs git in one folder; a `GitRunner` is what the sync services are given (tests too). */
export type GitRunner = (
  cwd: string,
  args: readonly string[],
  options?: GitRunOptions,
) => Promise<GitOutput>

// Git must never wait for a person: no password prompt on the terminal (there is none in
// the app), no ssh host-key or passphrase question, no editor for a merge message.
const QUIET_ENV: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_SSH_COMMAND: process.env['GIT_SSH_COMMAND'] ?? 'ssh -o BatchMode=yes -o ConnectTimeout=20',
  GIT_EDITOR: 'true',
  GIT_MERGE_AUTOEDIT: 'no',
  LC_ALL: 'C',
}

/**
 * The git installed on this machine (`GLOSS_GIT` names another binary). Why not a library:
 * the system git speaks every remote a team uses (paths, file://, ssh with the user's keys
 * and agent, https with their credential helper) and merges the way their other git tools
 * do; isomorphic-git has no ssh and no real three-way merge.
 */
export const systemGit: GitRunner = (cwd, args, options = {}) =>
  new Promise((resolve, reject) => {
    const binary = process.env['GLOSS_GIT'] ?? 'git'
    const child = execFile(
      binary,
      [...args],
      {
        cwd,
        env: { ...process.env, ...QUIET_ENV },
        timeout: options.timeoutMs ?? 30_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(gitMissing(binary))
          return
        }
        if (error !== null && error.killed === true) {
          reject(
            new GlossFailure({
              code: 'unreachable',
              message: `git ${args[0] ?? ''} took longer than ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s and was stopped.`,
              hint: 'The team remote may be slow or unreachable. Nothing was lost; Sync again later.',
            }),
          )
          return
        }
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        if (code !== 0 && !(options.allow ?? []).includes(code)) {
          reject(new GitCommandError(args, { code, stdout, stderr }))
          return
        }
        resolve({ code, stdout, stderr })
      },
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })

/** A git command that failed; the sync turns it into a message for the analyst. */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError'
  constructor(
    readonly args: readonly string[],
    readonly output: GitOutput,
  ) {
    super(`git ${args.join(' ')} failed (${output.code}): ${firstLine(output.stderr)}`)
  }
}

/** The first line git wrote that says something (it prefixes errors with `fatal:`). */
export function firstLine(text: string): string {
  const lines = text.split(/\r?\n/u).map((line) => line.trim())
  return (
    lines.find((line) => line.startsWith('fatal:') || line.startsWith('error:')) ??
    lines.find((line) => line !== '') ??
    'no message'
  )
}

function gitMissing(binary: string): GlossFailure {
  return new GlossFailure({
    code: 'unsupported',
    message: `Team sync needs git, and "${binary}" was not found on this machine.`,
    hint: 'Install git (https://git-scm.com/downloads, or your system’s package manager), then Sync again. Nothing in the project was changed.',
  })
}
