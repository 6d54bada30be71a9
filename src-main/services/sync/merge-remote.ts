import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { mergeThreeWay, type Json } from '../../core/sync/merge-three-way'
import { conflictLayerName } from '../../core/sync/machine-name'
import type { LayerConflict } from '../../core/sync/sync-summary'
import { describeChanges } from '../../core/sync/sync-summary'
import { GLOSS_WORK_FOLDER } from '../locks/lock-paths'
import { writeFileAtomic } from '../storage/atomic-write'
import { stringifyJson } from '../storage/json-kind'
import { changesBetween } from './changes-between'
import { changedPaths, commitOf, exists, mergeBase, projectPathspecs } from './git-repo'
import type { GitRunner } from './git-runner'
import { noteMergeEnded, noteMergeStarted } from './merge-marker'
import { personFileContent } from './person-file-content'
import { jsonPathOf, logPathOf, personFilesIn, type PersonFile } from './person-files'
import { readBlobs } from './read-blobs'

export interface MergeContext {
  readonly git: GitRunner
  readonly root: string
  readonly machine: string
  readonly identity: readonly string[]
  /** Runs `work` as the writer of `layers` (the store's layer gate), holding the shared files. */
  readonly asWriterOf: <R>(layers: readonly string[], work: () => Promise<R>) => Promise<R>
}

export interface MergeOutcome {
  readonly conflicts: readonly LayerConflict[]
  readonly clashes: readonly string[]
  readonly notes: readonly string[]
}

const SHARED_JSON = ['gloss.json', 'documents/index.json']
const NOTHING: MergeOutcome = { conflicts: [], clashes: [], notes: [] }

/**
 * Brings the team's commit `target` into this project (HEAD, whose own changes are already
 * committed). Layers never conflict as text: a person's file changed on both sides keeps
 * the team's version under its name and this machine's under `<name>-conflict-<machine>`
 * (the version already shared wins, so two machines never swap them back and forth). The
 * shared JSON files merge as data; any other file both changed keeps the team's version
 * and this machine's is set aside beside it (not shared). The result is committed.
 */
export async function mergeRemote(context: MergeContext, target: string): Promise<MergeOutcome> {
  const { git, root } = context
  const base = await mergeBase(git, root, 'HEAD', target)
  if (base === target) return NOTHING
  const theirs = await changedPaths(git, root, base, target)
  const writers = layersIn(theirs)
  if (base !== null && base === (await commitOf(git, root, 'HEAD'))) {
    await context.asWriterOf(writers, () => git(root, ['merge', '-q', '--ff-only', target]))
    return NOTHING
  }
  const ours = await changedPaths(git, root, base, 'HEAD')
  const clashing = await clashingPersonFiles(git, root, ours, theirs, target)
  const conflicts = conflictsOf(clashing, context.machine)
  const layers = [...new Set([...writers, ...conflicts.map((conflict) => conflict.keptAs)])]
  return context.asWriterOf(layers, async () => {
    await noteMergeStarted(root, target)
    await git(
      root,
      ['merge', '-q', '--no-ff', '--no-commit', '--allow-unrelated-histories', target],
      {
        allow: [1],
      },
    )
    try {
      const notes: string[] = []
      for (const file of clashing) await setAsideOurs(context, file, target)
      const clashes = await mergeSharedJson(context, base, target, ours, theirs, notes)
      await settleOtherConflicts(context, notes)
      await git(root, ['add', '-A', '--', ...(await projectPathspecs(git, root))])
      const incoming = await changesBetween(git, root, 'HEAD', 'staged')
      await git(root, [
        ...context.identity,
        'commit',
        '-q',
        '--no-verify',
        '-m',
        `Gloss on ${context.machine}: merged the team's work (${describeChanges(incoming)})`,
        '-m',
        `Gloss-Machine: ${context.machine}`,
      ])
      await noteMergeEnded(root)
      return { conflicts, clashes, notes }
    } catch (error) {
      await git(root, ['merge', '--abort'], { allow: [1, 128] })
      await noteMergeEnded(root)
      throw error
    }
  })
}

/** The annotator layers (and `_gold`) among changed paths: the sync writes those. */
function layersIn(paths: ReadonlySet<string>): string[] {
  return [
    ...new Set(
      [...personFilesIn(paths).values()]
        .filter((file) => file.folder.folder === 'annotations')
        .map((file) => file.person),
    ),
  ].sort()
}

/** Person files both sides changed, into different content, and both still have. */
async function clashingPersonFiles(
  git: GitRunner,
  root: string,
  ours: ReadonlySet<string>,
  theirs: ReadonlySet<string>,
  target: string,
): Promise<PersonFile[]> {
  const theirFiles = personFilesIn(theirs)
  const both = [...personFilesIn(ours).values()].filter((file) => theirFiles.has(file.key))
  const specs = both.flatMap((file) =>
    ['HEAD', target].flatMap((rev) => [`${rev}:${jsonPathOf(file)}`, `${rev}:${logPathOf(file)}`]),
  )
  const blobs = await readBlobs(root, specs)
  const at = (rev: string, path: string): string | null => blobs.get(`${rev}:${path}`) ?? null
  return both.filter((file) => {
    const [ourJson, theirJson] = [at('HEAD', jsonPathOf(file)), at(target, jsonPathOf(file))]
    // Removed on one side: the other side's work is kept as it is, nothing to set aside.
    if (ourJson === null || theirJson === null) return false
    return ourJson !== theirJson || at('HEAD', logPathOf(file)) !== at(target, logPathOf(file))
  })
}

function conflictsOf(files: readonly PersonFile[], machine: string): LayerConflict[] {
  const byPerson = new Map<string, LayerConflict>()
  for (const file of files) {
    const id = `${file.folder.folder}/${file.person}`
    const before = byPerson.get(id)
    byPerson.set(id, {
      folder: file.folder.folder,
      person: file.person,
      keptAs: conflictLayerName(file.person, machine),
      documents: (before?.documents ?? 0) + 1,
    })
  }
  return [...byPerson.values()]
}

/** The team's version stays under the person's name; ours is written whole as the conflict layer. */
async function setAsideOurs(
  context: MergeContext,
  file: PersonFile,
  target: string,
): Promise<void> {
  const { git, root } = context
  const blobs = await readBlobs(root, [`HEAD:${jsonPathOf(file)}`, `HEAD:${logPathOf(file)}`])
  const content = personFileContent(
    file,
    blobs.get(`HEAD:${jsonPathOf(file)}`) ?? null,
    blobs.get(`HEAD:${logPathOf(file)}`) ?? null,
  )
  const keptAs = conflictLayerName(file.person, context.machine)
  const aside = join(root, file.folder.folder, keptAs, `${file.docId}.json`)
  await mkdir(dirname(aside), { recursive: true })
  await writeFileAtomic(aside, stringifyJson(file.folder.ownedBy(content, keptAs)))
  for (const path of [jsonPathOf(file), logPathOf(file)]) {
    const theirs = await git(root, ['cat-file', '-e', `${target}:${path}`], { allow: [1, 128] })
    if (theirs.code === 0) {
      await git(root, ['checkout', target, '--', path])
    } else {
      await git(root, ['rm', '-q', '--cached', '--ignore-unmatch', '--', path])
      await rm(join(root, path), { force: true })
    }
  }
}

/** `gloss.json` and the documents index, merged as data when both sides changed them. */
async function mergeSharedJson(
  context: MergeContext,
  base: string | null,
  target: string,
  ours: ReadonlySet<string>,
  theirs: ReadonlySet<string>,
  notes: string[],
): Promise<string[]> {
  const { git, root } = context
  const clashes: string[] = []
  for (const path of SHARED_JSON.filter((shared) => ours.has(shared) && theirs.has(shared))) {
    const specs = [
      `HEAD:${path}`,
      `${target}:${path}`,
      ...(base === null ? [] : [`${base}:${path}`]),
    ]
    const blobs = await readBlobs(root, specs)
    const parse = (spec: string): Json | undefined => {
      const text = blobs.get(spec) ?? null
      return text === null ? undefined : (JSON.parse(text) as Json)
    }
    let merged: Json | undefined
    try {
      const result = mergeThreeWay(
        base === null ? undefined : parse(`${base}:${path}`),
        parse(`${target}:${path}`),
        parse(`HEAD:${path}`),
      )
      merged = result.merged
      clashes.push(...result.clashes.filter(worthSaying).map((where) => `${path}: ${where}`))
    } catch {
      // Not JSON on one side (a hand edit gone wrong): the team's file stands, ours is set aside.
      await setAsideFile(context, path, notes)
      continue
    }
    if (path === 'documents/index.json' && merged !== undefined) {
      merged = await withoutMissingTexts(root, merged, notes)
    }
    if (merged === undefined) await rm(join(root, path), { force: true })
    else await writeFileAtomic(join(root, path), stringifyJson(merged))
    await git(root, ['add', '-A', '--', path])
  }
  return clashes
}

// The same article imported on two machines is one document (its id is its text's hash);
// when and under which file name each imported it is bookkeeping, not a change anyone made.
const worthSaying = (where: string): boolean =>
  !/^documents\[[0-9a-f]+\]\.(added|sourceName)$/u.test(where)

/** A document whose text did not come with it would open as an error: it is left out, and said. */
async function withoutMissingTexts(root: string, index: Json, notes: string[]): Promise<Json> {
  if (typeof index !== 'object' || index === null || Array.isArray(index)) return index
  const record = index as { readonly [key: string]: Json }
  const documents = record['documents']
  if (!Array.isArray(documents)) return index
  const kept: Json[] = []
  for (const entry of documents as readonly Json[]) {
    const id = (entry as { readonly id?: Json } | null)?.id
    if (typeof id === 'string' && !(await exists(join(root, 'documents', `${id}.txt`)))) {
      notes.push(
        `documents/index.json: left out document ${id}: its text documents/${id}.txt is not in the project.`,
      )
      continue
    }
    kept.push(entry)
  }
  return { ...record, documents: kept }
}

/** Every path git still has in conflict: the team's version stays, ours is kept beside it. */
async function settleOtherConflicts(context: MergeContext, notes: string[]): Promise<void> {
  const { git, root } = context
  const out = await git(root, ['diff', '--name-only', '-z', '--diff-filter=U'])
  for (const path of out.stdout.split('\0').filter((entry) => entry !== '')) {
    if (path === '.gitignore') {
      await unionLines(context, path)
      continue
    }
    await setAsideFile(context, path, notes)
  }
}

/** `.gitignore`: every line either side has. */
async function unionLines(context: MergeContext, path: string): Promise<void> {
  const { git, root } = context
  const blobs = await readBlobs(root, [`:2:${path}`, `:3:${path}`])
  const lines = [
    ...(blobs.get(`:2:${path}`) ?? '').split('\n'),
    ...(blobs.get(`:3:${path}`) ?? '').split('\n'),
  ]
  const seen = new Set<string>()
  const kept = lines.filter((line) => line.trim() !== '' && !seen.has(line) && seen.add(line))
  await writeFile(join(root, path), `${kept.join('\n')}\n`)
  await git(root, ['add', '--', path])
}

/** Any other file both changed (`guidelines.md`): the team's version stays, ours is kept aside. */
async function setAsideFile(context: MergeContext, path: string, notes: string[]): Promise<void> {
  const { git, root } = context
  const ours = await readFile(join(root, path), 'utf8').catch(() => null)
  const blobs = await readBlobs(root, [`MERGE_HEAD:${path}`, `HEAD:${path}`])
  const mine = blobs.get(`HEAD:${path}`) ?? ours
  const theirs = blobs.get(`MERGE_HEAD:${path}`) ?? null
  if (theirs === null) {
    await git(root, ['rm', '-q', '--cached', '--ignore-unmatch', '--', path])
    await rm(join(root, path), { force: true })
  } else {
    await writeFileAtomic(join(root, path), theirs)
    await git(root, ['add', '--', path])
  }
  if (mine === null) return
  // Under Gloss's own folder, which git never carries: set aside means kept, not shared.
  const aside = `${GLOSS_WORK_FOLDER}/set-aside/${context.machine}/${path}`
  await mkdir(dirname(join(root, aside)), { recursive: true })
  await writeFileAtomic(join(root, aside), mine)
  notes.push(
    `${path} was changed here and by the team: the team's version is kept; this machine's is saved as ${aside} (not shared).`,
  )
}
