import { spawn, type ChildProcess } from 'node:child_process'

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

// Git must never wait for a person: no https password prompt, no editor for a merge
// message. ssh asks for passwords and passphrases on the controlling terminal, so git runs
// in a session of its own without one (below) instead of overriding the user's ssh command
// (`core.sshCommand`, their keys and agent stay as they set them). LC_ALL=C: messages are
// matched in English.
const QUIET_ENV: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_EDITOR: 'true',
  GIT_MERGE_AUTOEDIT: 'no',
  LC_ALL: 'C',
}

// A new session (setsid) has no controlling terminal; Windows has no such thing to lose.
const NO_TERMINAL = process.platform !== 'win32'

/**
 * The git installed on this machine (`GLOSS_GIT` names another binary). Why not a library:
 * the system git speaks every remote a team uses (paths, file://, ssh with the user's keys
 * and agent, https with their credential helper) and merges the way their other git tools
 * do; isomorphic-git has no ssh and no real three-way merge.
 */
export const systemGit: GitRunner = (cwd, args, options = {}) =>
  new Promise((resolve, reject) => {
    const binary = process.env['GLOSS_GIT'] ?? 'git'
    const timeoutMs = options.timeoutMs ?? 30_000
    const child = spawn(binary, [...args], {
      cwd,
      env: { ...process.env, ...QUIET_ENV },
      detached: NO_TERMINAL,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      killAll(child)
    }, timeoutMs)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(error.code === 'ENOENT' ? gitMissing(binary) : error)
    })
    child.on('close', (status) => {
      clearTimeout(timer)
      if (timedOut) {
        reject(
          new GlossFailure({
            code: 'unreachable',
            message: `git ${args[0] ?? ''} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`,
            hint: 'The team remote may be slow or unreachable. Nothing was lost; Sync again later.',
          }),
        )
        return
      }
      const code = status ?? 1
      if (code !== 0 && !(options.allow ?? []).includes(code)) {
        reject(new GitCommandError(args, { code, stdout, stderr }))
        return
      }
      resolve({ code, stdout, stderr })
    })
    if (options.input !== undefined && child.stdin !== null) {
      // git may exit before reading it all (a refusal): that is its answer, not an error here.
      child.stdin.on('error', () => undefined).end(options.input)
    }
  })

/**
 * git and what it started (ssh, a credential helper): in a session of its own they are its
 * process group. Killing git alone leaves ssh holding the output pipes open, and the call
 * would not return until ssh gave up by itself.
 */
function killAll(child: ChildProcess): void {
  try {
    if (NO_TERMINAL && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    else child.kill('SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

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
