import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { DocumentEntry } from '../src-main/core/project/project'
import type { AnnotationFile } from '../src-main/core/spans/span'
import { mapLimit } from '../src-main/services/annotations/map-limit'
import { openProjectStore } from '../src-main/services/project/project-store'
import { joinTeamProject } from '../src-main/services/sync/join-project'
import { syncProject } from '../src-main/services/sync/sync-project'
import { textOfLength } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, timed } from './timing'

const DOCUMENTS = Number(process.env.GLOSS_BENCH_SYNC_ARTICLES ?? 2_000)
const CHANGED = 100

const docId = (n: number): string => n.toString(16).padStart(16, '0')

function layerFile(
  annotator: string,
  id: string,
  text: string,
  spans: number,
  seed: number,
): string {
  const file: AnnotationFile = {
    version: 1,
    docId: id,
    annotator,
    status: 'in-progress',
    spans: syntheticSpans(text, spans, seed),
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
  return JSON.stringify(file)
}

/** A project of `DOCUMENTS` 3,000-character articles, each with 20 of alice's spans, written straight to disk. */
async function teamProject(dir: string, text: string): Promise<void> {
  await openProjectStore(dir, { create: true })
  const documents: DocumentEntry[] = Array.from({ length: DOCUMENTS }, (_, n) => ({
    id: docId(n),
    title: `Article ${n}`,
    sourceName: `article-${n}.txt`,
    sha256: '0'.repeat(64),
    length: text.length,
    added: '2026-01-01T00:00:00.000Z',
  }))
  await writeFile(
    join(dir, 'documents', 'index.json'),
    JSON.stringify({ version: 1, documents }, null, 2),
  )
  await mkdir(join(dir, 'annotations', 'alice'), { recursive: true })
  await mapLimit(documents, 32, async (entry) => {
    const n = Number.parseInt(entry.id, 16)
    await writeFile(join(dir, 'documents', `${entry.id}.txt`), text)
    await writeFile(
      join(dir, 'annotations', 'alice', `${entry.id}.json`),
      layerFile('alice', entry.id, text, 20, n + 1),
    )
  })
}

/**
 * Team sync on a large project through a bare repository on local disk (a shared drive is
 * slower by its own latency): the first sync, a colleague joining, a routine sync each way.
 */
export async function benchSync(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'gloss-bench-sync-'))
  try {
    const remote = join(root, 'team.git')
    execFileSync('git', ['init', '-q', '--bare', remote])
    const text = textOfLength(3_000)
    const aliceDir = join(root, 'alice')
    await teamProject(aliceDir, text)
    const alice = await openProjectStore(aliceDir, { create: false })
    const first = await timed(() => syncProject(alice, { remote, machine: 'alice-laptop' }))
    const bobDir = join(root, 'bob')
    const joined = await timed(() => joinTeamProject(bobDir, remote))
    const bob = await openProjectStore(bobDir, { create: false })
    await mkdir(join(bobDir, 'annotations', 'bob'), { recursive: true })
    for (let n = 0; n < CHANGED; n++) {
      await writeFile(
        join(bobDir, 'annotations', 'bob', `${docId(n)}.json`),
        layerFile('bob', docId(n), text, 20, 1_000 + n),
      )
    }
    const out = await timed(() => syncProject(bob, { machine: 'bob-desktop' }))
    const back = await timed(() => syncProject(alice, { machine: 'alice-laptop' }))
    if (back.value.incoming.people[0]?.documents !== CHANGED)
      throw new Error('bench: bob’s layer did not come in')
    const idle = await timed(() => syncProject(alice, { machine: 'alice-laptop' }))
    const name = (what: string): string => `sync: ${DOCUMENTS} documents, ${what}`
    return [
      {
        name: name('first sync (commit every file, push)'),
        value: Math.round(first.ms),
        unit: 'ms',
        target: '≤ 30 s',
      },
      {
        name: name('a colleague joins (clone)'),
        value: Math.round(joined.ms),
        unit: 'ms',
        target: '≤ 30 s',
      },
      {
        name: name(`${CHANGED} documents annotated, sent`),
        value: Math.round(out.ms),
        unit: 'ms',
        target: '≤ 5 s',
      },
      {
        name: name(`${CHANGED} documents brought in (merge)`),
        value: Math.round(back.ms),
        unit: 'ms',
        target: '≤ 5 s',
      },
      { name: name('nothing new'), value: Math.round(idle.ms), unit: 'ms', target: '≤ 2 s' },
    ]
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
