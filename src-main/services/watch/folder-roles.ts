import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

import type { DiskChange } from '../../contract/disk-changes'
import { annotatorSchema } from '../../contract/schemas'
import { ANNOTATION_FILE_NAME } from '../project/folders'

/** The project folders others' work arrives in (DESIGN.md §3), each watched on its own. */
export type FolderRole =
  | { readonly kind: 'root' }
  | { readonly kind: 'documents' }
  | { readonly kind: 'annotations' }
  | { readonly kind: 'layer'; readonly annotator: string }
  | { readonly kind: 'comments' }
  | { readonly kind: 'comment-author'; readonly author: string }

/** A folder to watch, with its inode: a folder deleted and made again is another folder. */
export interface WantedFolder {
  readonly role: FolderRole
  readonly ino: number
}

/** What an entry of a watched folder stands for: a file whose content matters, or folders. */
export type EntryMeaning =
  | { readonly kind: 'file'; readonly change: DiskChange }
  | { readonly kind: 'folders' }
  | { readonly kind: 'ignored' }

const IGNORED: EntryMeaning = { kind: 'ignored' }
const FOLDERS: EntryMeaning = { kind: 'folders' }
const TOP_FOLDERS = new Set(['documents', 'annotations', 'comments'])
export const GOLD_LAYER = '_gold'

const docIdOf = (name: string): string | null =>
  ANNOTATION_FILE_NAME.test(name) ? name.slice(0, -'.json'.length) : null

// An annotations file's edit log (services/storage/edit-log.ts): a change to it is a change
// of what the file holds.
const EDIT_LOG_NAME = /^([0-9a-f]{8,64})\.edits\.jsonl$/
const annotatedDocIdOf = (name: string): string | null =>
  docIdOf(name) ?? EDIT_LOG_NAME.exec(name)?.[1] ?? null

/**
 * What `name` in a folder of `role` means. Temp files of atomic saves (`.x.json.….tmp`) and
 * article texts are ignored: a save shows up as the rename onto the real name.
 */
export function meaningOf(role: FolderRole, name: string): EntryMeaning {
  switch (role.kind) {
    case 'root':
      if (name === 'gloss.json') return { kind: 'file', change: { kind: 'project' } }
      return TOP_FOLDERS.has(name) ? FOLDERS : IGNORED
    case 'documents':
      return name === 'index.json' ? { kind: 'file', change: { kind: 'index' } } : IGNORED
    case 'annotations':
    case 'comments':
      return FOLDERS
    case 'layer': {
      const docId = annotatedDocIdOf(name)
      if (docId === null) return IGNORED
      return { kind: 'file', change: { kind: 'annotations', annotator: role.annotator, docId } }
    }
    case 'comment-author': {
      const docId = docIdOf(name)
      if (docId === null) return IGNORED
      return { kind: 'file', change: { kind: 'comments', author: role.author, docId } }
    }
  }
}

// macOS HFS+ hands back decomposed names; the change names the annotator as Gloss spells it.
const personOf = (name: string, allowGold: boolean): string | null => {
  const person = name.normalize('NFC')
  if (allowGold && person === GOLD_LAYER) return person
  return annotatorSchema.safeParse(person).success ? person : null
}

async function inodeOf(folder: string): Promise<number | null> {
  try {
    const info = await stat(folder)
    return info.isDirectory() ? info.ino : null
  } catch {
    return null
  }
}

async function subfolders(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true })
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
  } catch {
    return []
  }
}

/**
 * Every folder of the project at `root` that should be watched now, by path: the root,
 * `documents/`, `annotations/` and each layer in it, `comments/` and each author in it.
 * Empty when the root itself is gone.
 */
export async function wantedFolders(root: string): Promise<Map<string, WantedFolder>> {
  const wanted = new Map<string, WantedFolder>()
  const add = async (path: string, role: FolderRole): Promise<boolean> => {
    const ino = await inodeOf(path)
    if (ino !== null) wanted.set(path, { role, ino })
    return ino !== null
  }
  if (!(await add(root, { kind: 'root' }))) return wanted
  await add(join(root, 'documents'), { kind: 'documents' })
  const people = async (
    top: string,
    role: FolderRole,
    person: (name: string) => FolderRole | null,
  ): Promise<void> => {
    if (!(await add(top, role))) return
    for (const name of await subfolders(top)) {
      const personRole = person(name)
      if (personRole !== null) await add(join(top, name), personRole)
    }
  }
  await people(join(root, 'annotations'), { kind: 'annotations' }, (name) => {
    const annotator = personOf(name, true)
    return annotator === null ? null : { kind: 'layer', annotator }
  })
  await people(join(root, 'comments'), { kind: 'comments' }, (name) => {
    const author = personOf(name, false)
    return author === null ? null : { kind: 'comment-author', author }
  })
  return wanted
}
