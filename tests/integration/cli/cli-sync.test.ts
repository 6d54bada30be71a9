import { rename } from 'node:fs/promises'
import { join as joinPath } from 'node:path'

import { describe, expect, it } from 'vitest'

import { annotate, HARBOUR, LIBRARY } from '../services/support/merge-fixture'
import { openedProject } from '../services/support/project-fixture'
import { onMachine } from '../services/sync/machine'
import { makeTeam, projectFiles } from '../services/sync/team-fixture'
import { gloss } from './support/run-gloss'

describe('gloss sync', () => {
  it('sends a project to the team remote and says what went out', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')
    await annotate(alice, 'harbour', HARBOUR, [['2 electric ferries', 'statistic']], 'a')
    onMachine('alice-laptop')

    const run = await gloss('sync', team.seat('alice').project, '--remote', team.remote)

    expect(run).toEqual({
      code: 0,
      stdout: [
        'Committed: Gloss on alice-laptop: alice: 1 document (+1 span); 1 new document; gloss.json',
        'Came in: nothing',
        'Went out: alice: 1 document (+1 span); 1 new document; gloss.json',
      ],
      stderr: [],
    })
  })

  it('clones the team project into a new folder, and later brings in what a colleague sent', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')
    await annotate(alice, 'harbour', HARBOUR, [['2 electric ferries', 'statistic']], 'a')
    onMachine('alice-laptop')
    await gloss('sync', team.seat('alice').project, '--remote', team.remote)
    const bobFolder = joinPath(team.root, 'bob', 'project')

    const joined = await gloss('sync', bobFolder, '--remote', team.remote)
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    await gloss('sync', team.seat('alice').project)
    onMachine('bob-desktop')
    const synced = await gloss('sync', bobFolder)

    expect(joined).toEqual({
      code: 0,
      stdout: [`Joined the team project from ${team.remote} in ${bobFolder}.`],
      stderr: [],
    })
    expect(synced).toEqual({
      code: 0,
      stdout: [
        'Came in: alice: 1 document (+1 span); 1 new document',
        'New here: "Library extends opening hours"',
        'Went out: nothing',
      ],
      stderr: [],
    })
    expect(await projectFiles(bobFolder)).toEqual(await projectFiles(team.seat('alice').project))
  })

  it('exits 2 with what to do when the remote cannot be reached', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')
    await annotate(alice, 'harbour', HARBOUR, [], 'a')
    onMachine('alice-laptop')
    await gloss('sync', team.seat('alice').project, '--remote', team.remote)
    await rename(team.remote, `${team.remote}-gone`)

    const run = await gloss('sync', team.seat('alice').project)

    expect(run.code).toBe(2)
    expect(run.stdout).toEqual([])
    expect(run.stderr[0]).toMatch(
      new RegExp(`^gloss: Could not reach the team remote "${team.remote}": fatal: `),
    )
    expect(run.stderr[1]).toBe(
      'Your work is committed on this machine and nothing was lost. Check the path or network, then Sync again.',
    )
  })

  it('asks for --remote to join into an empty folder', async () => {
    const team = await makeTeam()

    const run = await gloss('sync', joinPath(team.root, 'nobody'))

    expect(run.code).toBe(1)
    expect(run.stderr[0]).toBe(
      `gloss: "${joinPath(team.root, 'nobody')}" holds no project: give --remote URL to join a team's project there.`,
    )
  })
})
