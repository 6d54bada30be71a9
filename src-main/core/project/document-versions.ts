import type { DocumentEntry } from './project'

/**
 * The newest version of each source name in the index: the entry no other entry `replaces`;
 * `null` for a name several unrelated documents share (records of one corpus without ids),
 * which names no one document to replace. Only the new entry records the link, so the index
 * gains a field on the entry it appends and no older entry changes: two colleagues' imports
 * merge in git as before.
 */
export function newestVersions(
  entries: readonly DocumentEntry[],
): Map<string, DocumentEntry | null> {
  const replaced = new Set(entries.flatMap((entry) => entry.replaces ?? []))
  const newest = new Map<string, DocumentEntry | null>()
  for (const entry of entries) {
    if (replaced.has(entry.id)) continue
    newest.set(entry.sourceName, newest.has(entry.sourceName) ? null : entry)
  }
  return newest
}

/** Each document's links to its neighbouring versions, by id (documents with none are absent). */
export interface VersionLinks {
  readonly replaces?: string
  readonly replacedBy?: string
}

/** The version links of every document of the index, by id, both ways. */
export function versionLinks(entries: readonly DocumentEntry[]): Map<string, VersionLinks> {
  const links = new Map<string, VersionLinks>()
  const ids = new Set(entries.map((entry) => entry.id))
  for (const entry of entries) {
    // A link to a document no longer listed (removed, or not merged in yet) is no link.
    if (entry.replaces === undefined || !ids.has(entry.replaces)) continue
    links.set(entry.id, { ...links.get(entry.id), replaces: entry.replaces })
    links.set(entry.replaces, { ...links.get(entry.replaces), replacedBy: entry.id })
  }
  return links
}

/** Another document, as a link names it. */
export interface DocumentRef {
  readonly id: string
  readonly title: string
}

/** A document's neighbouring versions, named for the document list. */
export interface VersionRefs {
  /** The previous version, which this one replaced. */
  readonly replaces?: DocumentRef
  /** The newer version that replaced this one. */
  readonly replacedBy?: DocumentRef
}

/** For each id of the index, its links named (`{}` for a document with none). */
export function versionRefs(entries: readonly DocumentEntry[]): (id: string) => VersionRefs {
  const links = versionLinks(entries)
  const titles = new Map(entries.map((entry) => [entry.id, entry.title]))
  const ref = (id: string | undefined): DocumentRef | undefined =>
    id === undefined ? undefined : { id, title: titles.get(id) ?? id }
  return (id) => {
    const link = links.get(id)
    const replaces = ref(link?.replaces)
    const replacedBy = ref(link?.replacedBy)
    return {
      ...(replaces !== undefined && { replaces }),
      ...(replacedBy !== undefined && { replacedBy }),
    }
  }
}
