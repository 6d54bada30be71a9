/** One person's files that changed between two versions of the project. */
export interface PersonChange {
  /** `annotations` (a layer) or `comments`. */
  readonly folder: string
  readonly person: string
  readonly documents: number
  /** Spans in those documents before and after (0 for comments). */
  readonly spansBefore: number
  readonly spansAfter: number
}

export interface NewDocument {
  readonly id: string
  readonly title: string
}

/** What one side of a sync carried: the changes in one direction. */
export interface SyncChanges {
  readonly people: readonly PersonChange[]
  readonly newDocuments: readonly NewDocument[]
  /** Shared files that changed (`gloss.json`, `guidelines.md`). */
  readonly sharedFiles: readonly string[]
}

/** A layer changed on this machine and on another one under the same name. */
export interface LayerConflict {
  readonly folder: string
  readonly person: string
  /** Where this machine's version of those documents now is. */
  readonly keptAs: string
  readonly documents: number
}

export interface SyncSummary {
  readonly remote: string
  readonly branch: string
  /** The commit made of this machine's changes (its message), or `null`: nothing new here. */
  readonly committed: string | null
  /** What came in from the team. */
  readonly incoming: SyncChanges
  /** What went out to the team (this sync's and any earlier unsent commits). */
  readonly outgoing: SyncChanges
  readonly conflicts: readonly LayerConflict[]
  /** Values both sides changed in a shared file; the team's was kept (`gloss.json: labels[x].color`). */
  readonly clashes: readonly string[]
  /** Anything else worth saying (files the merge set aside, entries dropped). */
  readonly notes: readonly string[]
  readonly pushed: boolean
}

export const NO_CHANGES: SyncChanges = { people: [], newDocuments: [], sharedFiles: [] }

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`

const signed = (delta: number): string => (delta >= 0 ? `+${delta}` : `${delta}`)

/** `bob: 2 documents (+14 spans)`; comments: `carol's comments: 1 document`. */
export function describePerson(change: PersonChange): string {
  if (change.folder !== 'annotations') {
    return `${change.person}'s ${change.folder}: ${plural(change.documents, 'document')}`
  }
  const delta = change.spansAfter - change.spansBefore
  return `${change.person}: ${plural(change.documents, 'document')} (${signed(delta)} ${delta === 1 || delta === -1 ? 'span' : 'spans'})`
}

/** One line for one direction, e.g. `bob: 2 documents (+14 spans); 3 new documents`. */
export function describeChanges(changes: SyncChanges): string {
  const parts = [
    ...changes.people.map(describePerson),
    ...(changes.newDocuments.length > 0
      ? [plural(changes.newDocuments.length, 'new document')]
      : []),
    ...changes.sharedFiles,
  ]
  return parts.length === 0 ? 'nothing' : parts.join('; ')
}

const NAMED_DOCUMENTS = 5

/** `New here: "Harbour board…", "Library…" and 3 more`: which documents came in, by title. */
function newDocumentsLine(documents: readonly NewDocument[]): string[] {
  if (documents.length === 0) return []
  const named = documents
    .slice(0, NAMED_DOCUMENTS)
    .map((document) => `"${document.title || document.id}"`)
  const more = documents.length - named.length
  return [`New here: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`]
}

/** The summary as lines a person reads (the CLI prints them, the app shows them). */
export function describeSync(summary: SyncSummary): string[] {
  const lines = [
    `Came in: ${describeChanges(summary.incoming)}`,
    ...newDocumentsLine(summary.incoming.newDocuments),
    `Went out: ${summary.pushed ? describeChanges(summary.outgoing) : 'nothing (not sent)'}`,
  ]
  for (const conflict of summary.conflicts) {
    lines.push(
      `${conflict.person}'s ${conflict.folder === 'annotations' ? 'layer' : conflict.folder} was also changed on another machine (${plural(conflict.documents, 'document')}): the team's version stays "${conflict.person}", this machine's is kept as "${conflict.keptAs}" — compare them in review.`,
    )
  }
  for (const clash of summary.clashes)
    lines.push(`Changed here and by the team, the team's kept: ${clash}`)
  lines.push(...summary.notes)
  return lines
}
