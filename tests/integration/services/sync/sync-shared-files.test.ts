import { readFile, writeFile } from 'node:fs/promises'
import { join as joinPath } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Handlers } from '../../../../src-main/contract/endpoints'
import { failure, ok } from '../support/project-fixture'
import { onMachine } from './machine'
import { aliceAndBob, gitByHand, makeTeam } from './team-fixture'

type Labels = NonNullable<Parameters<Handlers['updateProject']>[0]['labels']>

async function labelsOf(handlers: Handlers): Promise<Labels> {
  return (await ok(handlers, 'getSession', {})).project!.labels as Labels
}

async function recolour(handlers: Handlers, id: string, color: string): Promise<void> {
  const labels = (await labelsOf(handlers)).map((label) =>
    label.id === id ? { ...label, color } : label,
  )
  await ok(handlers, 'updateProject', { labels })
}

async function syncAs(machine: string, handlers: Handlers) {
  onMachine(machine)
  return ok(handlers, 'syncProject', {})
}

describe('shared files two analysts changed', () => {
  it('keeps a label one added and a colour the other changed', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    const source = {
      id: 'source',
      name: 'Source',
      color: '#116611',
      hotkey: '4',
      description: 'Who says it.',
    }
    await ok(alice, 'updateProject', { labels: [...(await labelsOf(alice)), source] })
    await recolour(bob, 'claim', '#aa0000')
    await syncAs('bob-desktop', bob)

    const merged = await syncAs('alice-laptop', alice)

    expect(merged.clashes).toEqual([])
    expect((await labelsOf(alice)).map((label) => [label.id, label.color])).toEqual([
      ['commitment', '#2f7ed8'],
      ['statistic', '#e08a00'],
      ['claim', '#aa0000'],
      ['source', '#116611'],
    ])
  })

  it('keeps the team’s value where both changed the same one, and says where', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    await recolour(alice, 'claim', '#00aa00')
    await recolour(bob, 'claim', '#aa0000')
    await syncAs('bob-desktop', bob)

    const merged = await syncAs('alice-laptop', alice)

    expect(merged.clashes).toEqual(['gloss.json: labels[claim].color'])
    expect((await labelsOf(alice)).find((label) => label.id === 'claim')?.color).toBe('#aa0000')
  })

  it('keeps the team’s guidelines and sets this machine’s aside when both rewrote them', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    await ok(alice, 'saveGuidelines', { markdown: '# Tagging\n\nTag every number.\n' })
    await ok(bob, 'saveGuidelines', { markdown: '# Tagging\n\nTag only counted things.\n' })
    await syncAs('bob-desktop', bob)

    const merged = await syncAs('alice-laptop', alice)

    const project = team.seat('alice').project
    expect(merged.notes).toEqual([
      "guidelines.md was changed here and by the team: the team's version is kept; this machine's is saved as .gloss/set-aside/alice-laptop/guidelines.md (not shared).",
    ])
    expect(await readFile(joinPath(project, 'guidelines.md'), 'utf8')).toBe(
      '# Tagging\n\nTag only counted things.\n',
    )
    expect(
      await readFile(joinPath(project, '.gloss/set-aside/alice-laptop/guidelines.md'), 'utf8'),
    ).toBe('# Tagging\n\nTag every number.\n')
  })

  it('refuses to sync in the middle of a merge someone started by hand', async () => {
    const team = await makeTeam()
    const { alice, bob } = await aliceAndBob(team)
    await ok(alice, 'saveGuidelines', { markdown: 'Alice’s rules\n' })
    await syncAs('alice-laptop', alice)
    const bobProject = team.seat('bob').project
    await writeFile(joinPath(bobProject, 'guidelines.md'), 'Bob’s rules\n')
    const git = gitByHand(bobProject)
    git('add', 'guidelines.md')
    git('commit', '-qm', 'by hand')
    git('fetch', '-q')
    expect(() => git('merge', '-q', 'origin/main')).toThrow()

    const error = await failure(bob, 'syncProject', {})

    expect(error.code).toBe('conflict')
    expect(error.message).toBe(
      "The project's git repository is in the middle of a merge started outside Gloss (unresolved: guidelines.md).",
    )
  })
})
