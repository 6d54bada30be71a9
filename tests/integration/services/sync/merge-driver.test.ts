import { readFile } from 'node:fs/promises'
import { join as joinPath } from 'node:path'

import { describe, expect, it } from 'vitest'

import { openProjectStore } from '../../../../src-main/services/project/project-store'
import { joinTeamProject } from '../../../../src-main/services/sync/join-project'
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
import { handlersFor, ok, openedProject } from '../support/project-fixture'
import { gitByHand, makeTeam, type Team } from './team-fixture'

// The driver as a shell registers it, with the CLI run from source (no build needed).
const REPO = joinPath(import.meta.dirname, '../../../..')
const CLI = joinPath(REPO, 'src-main/cli/main.ts')
const TSX = joinPath(REPO, 'node_modules/tsx/dist/loader.mjs')
const DRIVER = `'${process.execPath}' --import '${TSX}' '${CLI}' merge-json`

/** Alice and Bob both imported an article since they last synced; Alice has pushed hers. */
async function twoImports(team: Team, mergeDriver: string | undefined) {
  const driver = mergeDriver === undefined ? {} : { mergeDriver }
  const alice = await openedProject(team.seat('alice'), 'alice')
  await annotate(alice, 'harbour', HARBOUR, [['2 electric ferries', 'statistic']], 'a')
  const aliceStore = await openProjectStore(team.seat('alice').project, { create: false })
  await syncProject(aliceStore, { remote: team.remote, machine: 'alice-laptop', ...driver })
  const bobFolder = team.seat('bob').project
  await joinTeamProject(bobFolder, team.remote, driver)
  const bob = await handlersFor(team.seat('bob'), 'bob')
  await ok(bob, 'openProject', { path: bobFolder, create: false })
  await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
  await syncProject(aliceStore, { machine: 'alice-laptop', ...driver })
  await annotate(bob, 'market', MARKET, [['from May', 'statistic']], 'b')
  return bobFolder
}

/** Bob commits and pulls by hand, with git alone. */
function pullByHand(folder: string): void {
  const git = gitByHand(folder)
  git('add', '-A')
  git('commit', '-qm', 'Bob imported the market article')
  git('pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main')
}

describe('a git pull made by hand in a project Team sync set up', () => {
  it('merges two analysts’ imports in the documents index as data', async () => {
    const team = await makeTeam()
    const bobFolder = await twoImports(team, DRIVER)

    pullByHand(bobFolder)

    const index = JSON.parse(
      await readFile(joinPath(bobFolder, 'documents/index.json'), 'utf8'),
    ) as {
      documents: { id: string }[]
    }
    expect(index.documents.map((entry) => entry.id)).toEqual([HARBOUR_ID, LIBRARY_ID, MARKET_ID])
    expect(await readFile(joinPath(bobFolder, '.gitattributes'), 'utf8')).toBe(
      '# Gloss: exact characters (no line-ending changes); shared JSON merged as data\n' +
        '* -text\ngloss.json merge=gloss-json\ndocuments/index.json merge=gloss-json\n',
    )
  })

  it('conflicts as text where no merge driver is registered (what the driver spares)', async () => {
    const team = await makeTeam()
    const bobFolder = await twoImports(team, undefined)

    const pulled = (() => {
      try {
        pullByHand(bobFolder)
        return 'merged'
      } catch (error) {
        return String((error as { stdout?: Buffer }).stdout)
      }
    })()
    expect(pulled).toMatch(/CONFLICT \(content\): Merge conflict in documents\/index.json/u)
  })
})
