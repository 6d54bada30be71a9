import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join as joinPath, relative } from 'node:path'

import type { Handlers } from '../../../../src-main/contract/endpoints'
import { annotate, HARBOUR } from '../support/merge-fixture'
import { handlersFor, ok, openedProject, tempDir, type Setup } from '../support/project-fixture'
import { onMachine } from './machine'

/** A team: a bare repository on "the shared drive" and a folder per analyst, all in one temp folder. */
export interface Team {
  readonly root: string
  readonly remote: string
  /** Where each analyst's copy of the project lives and their app's data folder. */
  seat(name: string): Setup
}

export async function makeTeam(): Promise<Team> {
  const root = await tempDir()
  const remote = joinPath(root, 'shared-drive', 'team.git')
  execFileSync('git', ['init', '-q', '--bare', remote])
  return {
    root,
    remote,
    seat: (name) => ({
      root,
      project: joinPath(root, name, 'project'),
      dataDir: joinPath(root, name, 'data'),
    }),
  }
}

/** An analyst who joins by cloning the team's project, with handlers annotating as them. */
export async function join(team: Team, name: string): Promise<Handlers> {
  const seat = team.seat(name)
  const handlers = await handlersFor(seat, name)
  await ok(handlers, 'joinTeamProject', { remote: team.remote, path: seat.project })
  return handlers
}

/** Every project file of a clone that travels (not `.git`, not Gloss's own `.gloss`). */
export async function projectFiles(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === '.gloss') continue
      const path = joinPath(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else files[relative(folder, path)] = await readFile(path, 'utf8')
    }
  }
  await walk(folder)
  return files
}

/** `git log --format=%s` of a clone, newest first. */
export function subjects(folder: string): string[] {
  return execFileSync('git', ['log', '--format=%s'], { cwd: folder, encoding: 'utf8' })
    .trim()
    .split('\n')
}

/** Alice's project, her statistic on the harbour article, sent to the team's empty remote. */
export async function aliceStarts(team: Team) {
  const alice = await openedProject(team.seat('alice'), 'alice')
  await annotate(alice, 'harbour', HARBOUR, [['2 electric ferries', 'statistic']], 'a')
  onMachine('alice-laptop')
  const summary = await ok(alice, 'syncProject', { remote: team.remote })
  return { alice, summary }
}

/** Alice started the team project; Bob has joined it. */
export async function aliceAndBob(team: Team) {
  const { alice } = await aliceStarts(team)
  const bob = await join(team, 'bob')
  return { alice, bob }
}

/** Git by hand in `folder`, as a person at a terminal would run it: its output, or a throw. */
export function gitByHand(folder: string): (...args: string[]) => string {
  return (...args) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Someone', '-c', 'user.email=someone@example.org', ...args],
      {
        cwd: folder,
        encoding: 'utf8',
        stdio: 'pipe',
      },
    )
}
