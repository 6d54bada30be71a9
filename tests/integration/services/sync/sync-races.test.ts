import { writeFile } from 'node:fs/promises'
import { join as joinPath } from 'node:path'

import { describe, expect, it } from 'vitest'

import { openProjectStore } from '../../../../src-main/services/project/project-store'
import { systemGit, type GitRunner } from '../../../../src-main/services/sync/git-runner'
import { syncProject } from '../../../../src-main/services/sync/sync-project'
import {
  annotate,
  HARBOUR,
  HARBOUR_ID,
  LIBRARY,
  LIBRARY_ID,
  MARKET,
  MARKET_ID,
} from '../support/merge-fixture'
import { ok } from '../support/project-fixture'
import { aliceAndBob, gitByHand, join, makeTeam, projectFiles } from './team-fixture'

/** The system git, with `before` run ahead of each of the first `times` pushes. */
function pushInterceptor(times: number, before: () => Promise<void>): GitRunner {
  let left = times
  return async (cwd, args, options) => {
    if (args[0] === 'push' && left > 0) {
      left--
      await before()
    }
    return systemGit(cwd, args, options)
  }
}

describe('syncs that race each other', () => {
  it('fetches, merges and pushes again when the remote moved between fetch and push', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    await annotate(bob, 'market', MARKET, [['from May', 'statistic']], 'b')
    const store = await openProjectStore(team.seat('alice').project, { create: false })

    const summary = await syncProject(store, {
      machine: 'alice-laptop',
      git: pushInterceptor(1, async () => {
        await ok(bob, 'syncProject', {})
      }),
    })

    expect(summary.pushed).toBe(true)
    expect(summary.incoming.newDocuments.map((entry) => entry.id)).toEqual([MARKET_ID])
    expect(summary.outgoing.newDocuments.map((entry) => entry.id)).toEqual([LIBRARY_ID])
    await ok(bob, 'syncProject', {})
    expect(await projectFiles(team.seat('alice').project)).toEqual(
      await projectFiles(team.seat('bob').project),
    )
  })

  it('gives up after three refused pushes, keeps everything committed, and the next sync sends it', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    const store = await openProjectStore(team.seat('alice').project, { create: false })
    let round = 0
    const busyTeam = pushInterceptor(3, async () => {
      round++
      await annotate(bob, `note-${round}`, `Note ${round}\n\nThe team wrote ${round} notes.\n`, [])
      await ok(bob, 'syncProject', {})
    })

    await expect(syncProject(store, { machine: 'alice-laptop', git: busyTeam })).rejects.toThrow(
      `The team remote "${team.remote}" kept changing while Gloss synced (3 tries).`,
    )
    const next = await ok(alice, 'syncProject', {})

    expect(next.committed).toBeNull()
    expect(next.outgoing.newDocuments.map((entry) => entry.id)).toEqual([LIBRARY_ID])
    await ok(bob, 'syncProject', {})
    expect(await projectFiles(team.seat('alice').project)).toEqual(
      await projectFiles(team.seat('bob').project),
    )
  })

  it('brings three analysts who sync at once to the same project after one more round', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    const carol = await join(team, 'carol')
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    await annotate(bob, 'market', MARKET, [['from May', 'statistic']], 'b')
    await annotate(carol, 'harbour', HARBOUR, [['the chair said', 'claim']], 'c')

    const first = await Promise.allSettled(
      [alice, bob, carol].map((who) => ok(who, 'syncProject', {})),
    )
    for (const who of [alice, bob, carol]) await ok(who, 'syncProject', {})

    // A sync may lose every race and give up (the next one sends it): never anything else.
    for (const outcome of first) {
      if (outcome.status === 'rejected')
        expect(String(outcome.reason)).toMatch(/"code":"conflict"/u)
    }
    const a = await projectFiles(team.seat('alice').project)
    const b = await projectFiles(team.seat('bob').project)
    const c = await projectFiles(team.seat('carol').project)
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(
      Object.keys(a ?? {})
        .filter((path) => path.startsWith('annotations/'))
        .sort(),
    ).toEqual(
      [
        `annotations/alice/${HARBOUR_ID}.json`,
        `annotations/alice/${LIBRARY_ID}.json`,
        `annotations/bob/${MARKET_ID}.json`,
        `annotations/carol/${HARBOUR_ID}.json`,
      ].sort(),
    )
  })
})

describe('a sync cut short', () => {
  it('is undone and merged again by the next sync when a crash stopped it mid-merge', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    await annotate(bob, 'market', MARKET, [['from May', 'statistic']], 'b')
    await ok(bob, 'syncProject', {})
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    // What a crash leaves: this machine's work committed, the team's merge begun, not done.
    const folder = team.seat('alice').project
    const git = gitByHand(folder)
    git('add', '-A')
    git('commit', '-qm', 'Gloss on alice-laptop: alice: 1 document (+1 span); 1 new document')
    git('fetch', '-q')
    const target = git('rev-parse', 'origin/main').trim()
    // Both changed the index: git stops in conflict, as it did under Gloss before the crash.
    expect(() => git('merge', '-q', '--no-ff', '--no-commit', target)).toThrow()
    await writeFile(joinPath(folder, '.gloss', 'sync-merge'), `${target}\n`)

    const summary = await ok(alice, 'syncProject', {})

    expect(summary.notes).toEqual([
      'An earlier sync was cut short while merging; it was undone and the merge done again.',
    ])
    await ok(bob, 'syncProject', {})
    expect(await projectFiles(folder)).toEqual(await projectFiles(team.seat('bob').project))
  })
})
