import type {
  DocumentListItem,
  GlossClient,
  OpenDocument,
  Session,
} from '../../src-main/contract/endpoints'
import { ENDPOINT_NAMES } from '../../src-main/contract/endpoint-names'
import { DEFAULT_LABELS } from '../../src-main/core/labels/label'
import type { Result } from '../../src-main/core/result'
import { countLabels } from '../../src-main/core/spans/label-counts'

const SESSION: Session = {
  annotator: 'bench',
  host: 'web',
  project: {
    path: '/bench',
    name: 'Bench',
    labels: DEFAULT_LABELS,
    settings: { snapToWords: true },
  },
}

export interface MemoryClient {
  readonly client: GlossClient
  /** Makes `doc` the project's one document; it is served as JSON text, as the host sends it. */
  readonly setDocument: (doc: OpenDocument) => void
}

const unsupported = (name: string) => async (): Promise<Result<never>> => ({
  ok: false,
  error: { code: 'unsupported', message: `${name} is not served on the bench page` },
})

/**
 * The contract answered from memory for one document: what the annotate view asks for while
 * it opens a document and saves edits. Everything else is refused, so a path the bench does
 * not expect shows up as an error on the page rather than as a silent shortcut.
 */
export function createMemoryClient(): MemoryClient {
  let json: string | null = null
  let listed: DocumentListItem | null = null
  const base = Object.fromEntries(ENDPOINT_NAMES.map((name) => [name, unsupported(name)]))
  const client: GlossClient = {
    // Every endpoint refuses (a Result for any output) unless answered below.
    ...(base as unknown as GlossClient),
    getSession: async () => ({ ok: true, value: SESSION }),
    listDocuments: async () => ({ ok: true, value: listed ? [listed] : [] }),
    // Parsed from text on every open, as the HTTP client does with the host's answer.
    getDocument: async () =>
      json === null
        ? { ok: false, error: { code: 'not-found', message: 'No document is loaded.' } }
        : { ok: true, value: JSON.parse(json) as OpenDocument },
    listComments: async () => ({ ok: true, value: { threads: [], unreadable: [] } }),
    applySpanChanges: async () => ({
      ok: true,
      value: { updatedAt: new Date().toISOString(), status: 'in-progress' },
    }),
  }
  return {
    client,
    setDocument: (doc) => {
      json = JSON.stringify(doc)
      listed = {
        id: doc.entry.id,
        title: doc.entry.title,
        added: doc.entry.added,
        length: doc.text.length,
        status: doc.annotations.status,
        spanCount: doc.annotations.spans.length,
        labelCounts: countLabels(doc.annotations.spans),
        unresolvedComments: 0,
      }
    },
  }
}
