import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { openProjectStore } from '../../../src-main/services/project/project-store'
import { runSharedWriter as runWriter } from './support/run-shared-writer'
import { sharedLabel } from './support/shared-entries'
import { setup } from './support/project-fixture'

const EACH = 25

interface Poll {
  reads: number
  unreadable: string[]
}

/** Reads both shared files over and over until `stop`, noting every read that does not parse. */
async function pollShared(project: string, stop: { done: boolean }): Promise<Poll> {
  const poll: Poll = { reads: 0, unreadable: [] }
  const files = [join(project, 'documents', 'index.json'), join(project, 'gloss.json')]
  while (!stop.done) {
    for (const file of files) {
      const text = await readFile(file, 'utf8')
      poll.reads++
      try {
        JSON.parse(text)
      } catch {
        poll.unreadable.push(`${file}: ${JSON.stringify(text.slice(0, 80))}`)
      }
    }
  }
  return poll
}

describe('two programs writing the shared files at once', () => {
  it('the app API and the CLI importing articles and adding labels: nothing unreadable, nothing lost', async () => {
    const where = await setup()
    await openProjectStore(where.project, { create: true })
    const stop = { done: false }
    const reader = pollShared(where.project, stop)

    await Promise.all([
      runWriter('api', where.project, where.dataDir, 'app', String(EACH)),
      runWriter('cli', where.project, where.dataDir, 'cli', String(EACH)),
    ])
    stop.done = true
    const poll = await reader

    expect(poll.unreadable).toEqual([])
    expect(poll.reads).toBeGreaterThan(0)
    const index = JSON.parse(
      await readFile(join(where.project, 'documents', 'index.json'), 'utf8'),
    ) as { documents: { sourceName: string }[] }
    const names = index.documents.map((entry) => entry.sourceName).sort()
    const expected = ['app', 'cli'].flatMap((prefix) =>
      Array.from({ length: EACH }, (_, n) => `${prefix}-${n}.txt`),
    )
    expect(names).toEqual(expected.sort())
    const project = JSON.parse(await readFile(join(where.project, 'gloss.json'), 'utf8')) as {
      labels: { id: string }[]
    }
    const added = ['app', 'cli'].flatMap((prefix) =>
      Array.from({ length: EACH * 4 }, (_, n) => sharedLabel(prefix, n).id),
    )
    expect(
      project.labels
        .map((label) => label.id)
        .filter((id) => id.includes('-'))
        .sort(),
    ).toEqual(added.sort())
  })
})
