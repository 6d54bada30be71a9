import type { NewDocument, PersonChange, SyncChanges } from '../../core/sync/sync-summary'
import type { GitRunner } from './git-runner'
import { personFileContent, spanCount } from './person-file-content'
import { jsonPathOf, logPathOf, personFilesIn } from './person-files'
import { readBlobs } from './read-blobs'

/** A version of the project: a commit, or `staged` (what the next commit holds). */
export type Version = string | 'staged'

const INDEX = 'documents/index.json'
const SHARED = ['gloss.json', 'guidelines.md']

const specOf = (version: Version | null, path: string): string | null =>
  version === null ? null : version === 'staged' ? `:${path}` : `${version}:${path}`

async function pathsBetween(
  git: GitRunner,
  root: string,
  from: Version | null,
  to: Version,
): Promise<string[]> {
  let args: string[]
  if (to === 'staged') {
    args =
      from === null
        ? ['ls-files', '-z']
        : ['diff', '--cached', '--name-only', '-z', '--no-renames', from]
  } else {
    args =
      from === null
        ? ['ls-tree', '-r', '-z', '--name-only', to]
        : ['diff', '--name-only', '-z', '--no-renames', from, to]
  }
  const out = await git(root, args)
  return out.stdout.split('\0').filter((path) => path !== '')
}

/**
 * What changed from one version of the project to another, as a person would say it:
 * whose layers (and comments) changed in how many documents, with span counts before and
 * after; which documents are new; which shared files changed.
 */
export async function changesBetween(
  git: GitRunner,
  root: string,
  from: Version | null,
  to: Version,
): Promise<SyncChanges> {
  const paths = await pathsBetween(git, root, from, to)
  const files = [...personFilesIn(paths).values()]
  const specs: string[] = []
  const want = (version: Version | null, path: string): void => {
    const spec = specOf(version, path)
    if (spec !== null) specs.push(spec)
  }
  for (const file of files) {
    for (const version of [from, to]) {
      want(version, jsonPathOf(file))
      want(version, logPathOf(file))
    }
  }
  if (paths.includes(INDEX)) {
    want(from, INDEX)
    want(to, INDEX)
  }
  const blobs = await readBlobs(root, specs)
  const text = (version: Version | null, path: string): string | null => {
    const spec = specOf(version, path)
    return spec === null ? null : (blobs.get(spec) ?? null)
  }
  const people = new Map<string, PersonChange>()
  for (const file of files) {
    const count = (version: Version | null): number => {
      try {
        return spanCount(
          file,
          personFileContent(file, text(version, jsonPathOf(file)), text(version, logPathOf(file))),
        )
      } catch {
        return 0 // A version that does not parse counts no spans; loading it reports it.
      }
    }
    const id = `${file.folder.folder}/${file.person}`
    const before = people.get(id) ?? {
      folder: file.folder.folder,
      person: file.person,
      documents: 0,
      spansBefore: 0,
      spansAfter: 0,
    }
    people.set(id, {
      ...before,
      documents: before.documents + 1,
      spansBefore: before.spansBefore + count(from),
      spansAfter: before.spansAfter + count(to),
    })
  }
  return {
    people: [...people.values()].sort(
      (a, b) => a.folder.localeCompare(b.folder) || a.person.localeCompare(b.person),
    ),
    newDocuments: paths.includes(INDEX) ? newDocuments(text(from, INDEX), text(to, INDEX)) : [],
    sharedFiles: SHARED.filter((path) => paths.includes(path)),
  }
}

function entriesOf(text: string | null): { id: string; title: string }[] {
  if (text === null) return []
  try {
    const parsed = JSON.parse(text) as { documents?: { id?: unknown; title?: unknown }[] }
    return (parsed.documents ?? []).flatMap((entry) =>
      typeof entry.id === 'string'
        ? [{ id: entry.id, title: typeof entry.title === 'string' ? entry.title : '' }]
        : [],
    )
  } catch {
    return []
  }
}

function newDocuments(before: string | null, after: string | null): NewDocument[] {
  const had = new Set(entriesOf(before).map((entry) => entry.id))
  return entriesOf(after).filter((entry) => !had.has(entry.id))
}
