import type { DiskChange, DiskCursor } from '../../../src-main/contract/disk-changes'
import type {
  DocumentListItem,
  GlossClient,
  Input,
  ProjectSummary,
} from '../../../src-main/contract/endpoints'
import type { DocLabels } from '../../../src-main/core/doc-labels/doc-label'
import type { Relation } from '../../../src-main/core/relations/relation'
import { applyChangeSet } from '../../../src-main/core/spans/change-set'
import type { Span } from '../../../src-main/core/spans/span'
import { createFakeClient, DOC_ID, SESSION, TEXT } from './fake-client'

/** A request the test holds until it says so. */
export interface Gate {
  /** Resolves once the request has been made (and is being held). */
  readonly reached: Promise<void>
  readonly open: () => void
}

/**
 * The fake host plus a disk others write to: saves land on `spans`, documents are read
 * from it, and `pollChanges` answers with what the test announced since the last poll.
 */
export interface DiskHost {
  readonly client: GlossClient
  /** The current annotator's spans on DOC_ID as the file on disk holds them. */
  spans: Span[]
  /** Their relations and document labels on DOC_ID as the file holds them. */
  relations: Relation[]
  docLabels: DocLabels | undefined
  /** The document list as the disk has it. */
  documents: DocumentListItem[]
  project: ProjectSummary
  /** Makes the next `applySpanChanges` calls fail with this message until cleared. */
  failSaves: string | null
  /** Makes reading the annotator's files (list and document) fail with this message. */
  unreadable: string | null
  readonly calls: { listDocuments: number; getDocument: number; since: (DiskCursor | null)[] }
  /** Someone else wrote these; the next poll reports them. */
  announce(...changes: DiskChange[]): void
  /** The next poll says the host cannot tell what changed. */
  announceReset(): void
  /** Holds every later save until the gate is opened. */
  holdSaves(): Gate
  /** Holds the next document read until the gate is opened. */
  holdNextRead(): Gate
}

const LOG = 'log-1'

const unreadable = (message: string) => ({
  ok: false,
  error: { code: 'unreadable-file', message },
})

interface HeldGate extends Gate {
  readonly passed: Promise<void>
  readonly arrive: () => void
}

function gate(): HeldGate {
  let open = (): void => undefined
  let arrive = (): void => undefined
  const passed = new Promise<void>((resolve) => (open = resolve))
  const reached = new Promise<void>((resolve) => (arrive = resolve))
  return { open, passed, reached, arrive }
}

/** A fake host over one document, DOC_ID, annotated by SESSION.annotator. */
export function createDiskHost(): DiskHost {
  const base = createFakeClient().client
  let pending: DiskChange[] = []
  let reset = false
  let seq = 0
  let saveGate: HeldGate | null = null
  let readGate: HeldGate | null = null

  const host: DiskHost = {
    client: base,
    spans: [],
    relations: [],
    docLabels: undefined,
    documents: [
      {
        id: DOC_ID,
        title: 'Ministry',
        length: TEXT.length,
        status: 'todo',
        spanCount: 0,
        added: '2026-01-01T00:00:00.000Z',
        labelCounts: [],
        unresolvedComments: 0,
      },
    ],
    project: SESSION.project!,
    failSaves: null,
    unreadable: null,
    calls: { listDocuments: 0, getDocument: 0, since: [] },
    announce(...changes) {
      pending.push(...changes)
      seq += changes.length
    },
    announceReset() {
      reset = true
    },
    holdSaves() {
      saveGate = gate()
      return saveGate
    },
    holdNextRead() {
      readGate = gate()
      return readGate
    },
  }

  const client = {
    ...base,
    getSession: async () => ({ ok: true, value: { ...SESSION, project: host.project } }),
    listDocuments: async () => {
      host.calls.listDocuments++
      if (host.unreadable) return unreadable(host.unreadable)
      return { ok: true, value: host.documents }
    },
    getDocument: async (input: Input<'getDocument'>) => {
      host.calls.getDocument++
      const { spans, relations, docLabels } = host
      const held = readGate
      readGate = null
      held?.arrive()
      await held?.passed
      if (host.unreadable) return unreadable(host.unreadable)
      const read = await base.getDocument(input)
      if (!read.ok) return read
      const annotations = {
        ...read.value.annotations,
        spans,
        status: 'in-progress' as const,
        relations,
        ...(docLabels !== undefined && { docLabels }),
      }
      return { ok: true, value: { ...read.value, annotations } }
    },
    applySpanChanges: async (input: Input<'applySpanChanges'>) => {
      saveGate?.arrive()
      await saveGate?.passed
      if (host.failSaves) {
        return { ok: false, error: { code: 'unwritable', message: host.failSaves } }
      }
      host.spans = applyChangeSet(host.spans, input.changes)
      return { ok: true, value: { updatedAt: new Date().toISOString(), status: 'in-progress' } }
    },
    pollChanges: async (input: Input<'pollChanges'>) => {
      host.calls.since.push(input.since ?? null)
      const value = { cursor: { log: LOG, seq }, changes: reset ? [] : pending, reset }
      pending = []
      reset = false
      return { ok: true, value }
    },
  }
  return Object.assign(host, { client: client as unknown as GlossClient })
}
