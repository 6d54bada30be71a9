import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join as joinPath } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  annotate,
  HARBOUR,
  HARBOUR_ID,
  LIBRARY,
  LIBRARY_ID,
  MARKET,
  MARKET_ID,
} from '../support/merge-fixture'
import {
  CRLF_ARTICLE,
  failure,
  ok,
  openedProject,
  uploadFixtures,
} from '../support/project-fixture'
import { onMachine } from './machine'
import { aliceStarts, join, makeTeam, projectFiles, subjects } from './team-fixture'

const HARBOUR_DOC = { id: HARBOUR_ID, title: 'Harbour board approves new ferry' }
const LIBRARY_DOC = { id: LIBRARY_ID, title: 'Library extends opening hours' }
const MARKET_DOC = { id: MARKET_ID, title: 'Market square to be pedestrianised' }

describe('team sync through a bare git repository', () => {
  it('sends the first analyst’s project to an empty remote and says what went out', async () => {
    const team = await makeTeam()
    const { summary } = await aliceStarts(team)

    expect(summary).toEqual({
      remote: team.remote,
      branch: 'main',
      committed: 'Gloss on alice-laptop: alice: 1 document (+1 span); 1 new document; gloss.json',
      incoming: { people: [], newDocuments: [], sharedFiles: [] },
      outgoing: {
        people: [
          { folder: 'annotations', person: 'alice', documents: 1, spansBefore: 0, spansAfter: 1 },
        ],
        newDocuments: [HARBOUR_DOC],
        sharedFiles: ['gloss.json'],
      },
      conflicts: [],
      clashes: [],
      notes: [],
      pushed: true,
    })
  })

  it('lets a colleague join by cloning, and brings their layer and documents back', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    const bob = await join(team, 'bob')
    await annotate(
      bob,
      'harbour',
      HARBOUR,
      [['The board will buy 2 electric ferries', 'commitment']],
      'b',
    )
    await annotate(
      bob,
      'library',
      LIBRARY,
      [
        ['9pm', 'statistic'],
        ['staff said', 'claim'],
      ],
      'b',
    )
    onMachine('bob-desktop')
    await ok(bob, 'syncProject', {})

    onMachine('alice-laptop')
    const summary = await ok(alice, 'syncProject', {})

    expect(summary.incoming).toEqual({
      people: [
        { folder: 'annotations', person: 'bob', documents: 2, spansBefore: 0, spansAfter: 3 },
      ],
      newDocuments: [LIBRARY_DOC],
      sharedFiles: [],
    })
    expect(summary.committed).toBeNull()
    expect(await projectFiles(team.seat('alice').project)).toEqual(
      await projectFiles(team.seat('bob').project),
    )
    expect(await ok(alice, 'listAnnotators', {})).toEqual(['alice', 'bob'])
  })

  it('merges two analysts’ imports of different articles into one index, with every text', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    const bob = await join(team, 'bob')
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    await annotate(bob, 'market', MARKET, [['from May', 'statistic']], 'b')
    onMachine('bob-desktop')
    await ok(bob, 'syncProject', {})

    onMachine('alice-laptop')
    const merged = await ok(alice, 'syncProject', {})
    onMachine('bob-desktop')
    await ok(bob, 'syncProject', {})

    expect(merged.incoming.newDocuments).toEqual([MARKET_DOC])
    expect(merged.outgoing.newDocuments).toEqual([LIBRARY_DOC])
    for (const name of ['alice', 'bob']) {
      const index = JSON.parse(
        await readFile(joinPath(team.seat(name).project, 'documents/index.json'), 'utf8'),
      ) as { documents: { id: string }[] }
      expect(index.documents.map((entry) => entry.id)).toEqual([HARBOUR_ID, MARKET_ID, LIBRARY_ID])
    }
    expect(await projectFiles(team.seat('alice').project)).toEqual(
      await projectFiles(team.seat('bob').project),
    )
    expect((await ok(bob, 'listDocuments', {})).map((entry) => entry.id).sort()).toEqual(
      [HARBOUR_ID, LIBRARY_ID, MARKET_ID].sort(),
    )
    expect(subjects(team.seat('alice').project)[0]).toBe(
      "Gloss on alice-laptop: merged the team's work (bob: 1 document (+1 span); 1 new document)",
    )
  })

  it('keeps one entry for an article both analysts imported', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    const bob = await join(team, 'bob')
    await annotate(alice, 'market', MARKET, [], 'a')
    await annotate(bob, 'market-copy', MARKET, [], 'b')
    onMachine('bob-desktop')
    await ok(bob, 'syncProject', {})

    onMachine('alice-laptop')
    const merged = await ok(alice, 'syncProject', {})

    // When and under which name each imported it is bookkeeping: not reported as a clash.
    expect(merged.clashes).toEqual([])
    const index = JSON.parse(
      await readFile(joinPath(team.seat('alice').project, 'documents/index.json'), 'utf8'),
    ) as { documents: { id: string; sourceName: string }[] }
    expect(index.documents.map((entry) => [entry.id, entry.sourceName])).toEqual([
      [HARBOUR_ID, 'harbour.txt'],
      [MARKET_ID, 'market-copy.txt'],
    ])
  })

  it('keeps both versions of a layer edited on two machines under one name', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    const aliceAtHome = await join({ ...team, seat: (name) => team.seat(`${name}-home`) }, 'alice')
    const [statistic] = (await ok(alice, 'getDocument', { docId: HARBOUR_ID })).annotations.spans
    await ok(alice, 'applySpanChanges', {
      docId: HARBOUR_ID,
      changes: { created: [], updated: [], deleted: [statistic!] },
    })
    await annotate(aliceAtHome, 'harbour', HARBOUR, [['the chair said', 'claim']], 'h')
    onMachine('alice-laptop')
    await ok(alice, 'syncProject', {})

    onMachine('alice-home')
    const summary = await ok(aliceAtHome, 'syncProject', {})

    expect(summary.conflicts).toEqual([
      { folder: 'annotations', person: 'alice', keptAs: 'alice-conflict-alice-home', documents: 1 },
    ])
    const home = team.seat('alice-home').project
    const laptopFile = JSON.parse(
      await readFile(
        joinPath(team.seat('alice').project, `annotations/alice/${HARBOUR_ID}.json`),
        'utf8',
      ),
    ) as { spans: unknown[] }
    const homeFile = JSON.parse(
      await readFile(joinPath(home, `annotations/alice/${HARBOUR_ID}.json`), 'utf8'),
    ) as {
      spans: unknown[]
    }
    const aside = JSON.parse(
      await readFile(
        joinPath(home, `annotations/alice-conflict-alice-home/${HARBOUR_ID}.json`),
        'utf8',
      ),
    ) as { annotator: string; spans: { id: string; text: string }[] }
    expect(homeFile).toEqual(laptopFile)
    expect(laptopFile.spans).toEqual([])
    expect(aside.annotator).toBe('alice-conflict-alice-home')
    expect(aside.spans.map((span) => [span.id, span.text])).toEqual([
      ['a1', '2 electric ferries'],
      ['h1', 'the chair said'],
    ])
    onMachine('alice-laptop')
    await ok(alice, 'syncProject', {})
    expect(await projectFiles(team.seat('alice').project)).toEqual(await projectFiles(home))
  })
})

describe('a sync that cannot reach the team', () => {
  it('fails with a message naming the remote and keeps the work committed for the next sync', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    await annotate(alice, 'library', LIBRARY, [['9pm', 'statistic']], 'a')
    const away = `${team.remote}-unplugged`
    execFileSync('mv', [team.remote, away])

    const error = await failure(alice, 'syncProject', {})

    expect(error.code).toBe('unreachable')
    expect(error.message).toMatch(
      new RegExp(`^Could not reach the team remote "${team.remote}": fatal: `),
    )
    expect(error.hint).toBe(
      'Your work is committed on this machine and nothing was lost. Check the path or network, then Sync again.',
    )
    expect(subjects(team.seat('alice').project)[0]).toBe(
      'Gloss on alice-laptop: alice: 1 document (+1 span); 1 new document',
    )
    execFileSync('mv', [away, team.remote])
    const retried = await ok(alice, 'syncProject', {})
    expect(retried.committed).toBeNull()
    expect(retried.outgoing.newDocuments).toEqual([LIBRARY_DOC])
  })
})

describe('texts travel byte for byte', () => {
  it('keeps a text’s line endings on a colleague’s machine whose git converts them', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')
    await uploadFixtures(alice, 'crlf-line-endings.txt')
    onMachine('alice-laptop')
    await ok(alice, 'syncProject', { remote: team.remote })
    // A Windows colleague's git: LF becomes CRLF on checkout unless .gitattributes says no.
    process.env['GIT_CONFIG_COUNT'] = '1'
    process.env['GIT_CONFIG_KEY_0'] = 'core.autocrlf'
    process.env['GIT_CONFIG_VALUE_0'] = 'true'
    try {
      const bob = await join(team, 'bob')
      const text = (await ok(bob, 'getDocument', { docId: CRLF_ARTICLE.docId })).text
      expect(text).toBe(CRLF_ARTICLE.text)
    } finally {
      delete process.env['GIT_CONFIG_COUNT']
      delete process.env['GIT_CONFIG_KEY_0']
      delete process.env['GIT_CONFIG_VALUE_0']
    }
  })
})

describe('the sync status', () => {
  it('counts changes not synced yet, and, after a look at the team, commits it has that this copy lacks', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    const bob = await join(team, 'bob')
    await annotate(bob, 'library', LIBRARY, [['9pm', 'statistic']], 'b')
    onMachine('bob-desktop')
    await ok(bob, 'syncProject', {})
    await annotate(alice, 'market', MARKET, [['from May', 'statistic']], 'a')
    const synced = {
      gitFound: true,
      remote: team.remote,
      branch: 'main',
      ahead: 0,
      behind: 0,
      unsynced: 0,
    }

    const changed = await ok(alice, 'getSyncStatus', {})
    const looked = await ok(alice, 'getSyncStatus', { lookAtTeam: true })
    onMachine('alice-laptop')
    await ok(alice, 'syncProject', {})

    expect(changed).toEqual({ ...synced, unsynced: 3 })
    expect(looked).toEqual({ ...synced, behind: 1, unsynced: 3 })
    expect(await ok(alice, 'getSyncStatus', {})).toEqual(synced)
  })

  it('says sync is not set up for a project that is no git repository', async () => {
    const team = await makeTeam()
    const alice = await openedProject(team.seat('alice'), 'alice')

    expect(await ok(alice, 'getSyncStatus', {})).toEqual({
      gitFound: true,
      remote: null,
      branch: null,
      ahead: 0,
      behind: 0,
      unsynced: 0,
    })
  })
})

describe('a look at the team', () => {
  it('keeps the last view, quietly, when the remote cannot be reached', async () => {
    const team = await makeTeam()
    const { alice } = await aliceStarts(team)
    execFileSync('mv', [team.remote, `${team.remote}-unplugged`])

    expect(await ok(alice, 'getSyncStatus', { lookAtTeam: true })).toEqual({
      gitFound: true,
      remote: team.remote,
      branch: 'main',
      ahead: 0,
      behind: 0,
      unsynced: 0,
    })
  })
})
