import { mkdir, writeFile, access } from 'node:fs/promises'
import { join as joinPath } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { annotate, HARBOUR } from '../support/merge-fixture'
import { failure, ok, openedProject } from '../support/project-fixture'
import { onMachine } from './machine'
import { makeTeam } from './team-fixture'

const gitBefore = process.env['GLOSS_GIT']
afterEach(() => {
  if (gitBefore === undefined) delete process.env['GLOSS_GIT']
  else process.env['GLOSS_GIT'] = gitBefore
})

describe('team sync refuses what it cannot do, and changes nothing', () => {
  it('says git is needed when none is found, and the status says so too', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')
    process.env['GLOSS_GIT'] = joinPath(team.root, 'no-such-git')

    const error = await failure(alice, 'syncProject', { remote: team.remote })

    expect(error).toEqual({
      code: 'unsupported',
      message: `Team sync needs git, and "${joinPath(team.root, 'no-such-git')}" was not found on this machine.`,
      hint: 'Install git (https://git-scm.com/downloads, or your system’s package manager), then Sync again. Nothing in the project was changed.',
    })
    expect(await ok(alice, 'getSyncStatus', {})).toEqual({
      gitFound: false,
      remote: null,
      branch: null,
      ahead: 0,
      behind: 0,
      unsynced: 0,
    })
    await expect(access(joinPath(team.seat('alice').project, '.git'))).rejects.toThrow()
  })

  it('asks for a remote the first time', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')

    const error = await failure(alice, 'syncProject', {})

    expect(error.code).toBe('invalid-input')
    expect(error.message).toBe('This project has no team remote yet.')
  })

  it('refuses a relative folder path as the remote', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')

    const error = await failure(alice, 'syncProject', { remote: 'shared-drive/team.git' })

    expect(error.message).toBe('"shared-drive/team.git" is not a full path.')
  })

  it('clones only into a new or empty folder', async () => {
    const team = await makeTeam()
    await aliceSynced(team)
    const bobSeat = team.seat('bob')
    await mkdir(bobSeat.project, { recursive: true })
    await writeFile(joinPath(bobSeat.project, 'notes.txt'), 'mine\n')
    const bob = await openedProject(
      { ...bobSeat, project: joinPath(team.root, 'bob', 'other') },
      'bob',
    )

    const error = await failure(bob, 'joinTeamProject', {
      remote: team.remote,
      path: bobSeat.project,
    })

    expect(error.code).toBe('invalid-input')
    expect(error.message).toBe(
      `"${bobSeat.project}" is not empty: a team project is cloned into a new or empty folder.`,
    )
  })

  it('says so when the team remote holds no project yet, and leaves no folder behind', async () => {
    const team = await makeTeam()
    const bobSeat = team.seat('bob')
    const bob = await openedProject(
      { ...bobSeat, project: joinPath(team.root, 'bob', 'other') },
      'bob',
    )

    const error = await failure(bob, 'joinTeamProject', {
      remote: team.remote,
      path: bobSeat.project,
    })

    expect(error).toEqual({
      code: 'not-found',
      message: `The team remote "${team.remote}" holds no Gloss project yet (no gloss.json).`,
      hint: 'Someone on the team syncs their project to it first (Share → Team sync…), then join again.',
    })
    await expect(access(bobSeat.project)).rejects.toThrow()
  })
})

async function aliceSynced(team: Awaited<ReturnType<typeof makeTeam>>) {
  const alice = await openedProject(team.seat('alice'), 'alice')
  await annotate(alice, 'harbour', HARBOUR, [['2 electric ferries', 'statistic']], 'a')
  onMachine('alice-laptop')
  await ok(alice, 'syncProject', { remote: team.remote })
  return alice
}
