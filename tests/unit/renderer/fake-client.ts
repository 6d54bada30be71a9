import type { GlossClient, OpenDocument, Session } from '../../../src-main/contract/endpoints'
import { ENDPOINT_NAMES } from '../../../src-main/contract/endpoint-names'
import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import type { Result } from '../../../src-main/core/result'
import type { SpanChangeSet } from '../../../src-main/core/spans/span'

export const DOC_ID = '0123456789abcdef'
export const TEXT = 'The ministry will increase intelligence-sharing. About 76,000 people crossed.'

export const SESSION: Session = {
  annotator: 'lan',
  host: 'web',
  project: {
    path: '/projects/demo',
    name: 'demo',
    labels: DEFAULT_LABELS,
    settings: { snapToWords: true },
  },
}

export interface FakeClient {
  readonly client: GlossClient
  /** Every change set the UI asked the host to save, in order. */
  readonly saved: SpanChangeSet[]
  /** Makes the next `applySpanChanges` calls fail with this message until cleared. */
  failSaves: string | null
}

const unsupported = (name: string) => async (): Promise<Result<never>> => ({
  ok: false,
  error: { code: 'unsupported', message: `${name} is not part of this fake` },
})

/** A client that answers from memory: one document (`text`), and a record of what was saved. */
export function createFakeClient(text = TEXT): FakeClient {
  const fake: FakeClient = { client: {} as GlossClient, saved: [], failSaves: null }
  const document: OpenDocument = {
    entry: {
      id: DOC_ID,
      title: 'Ministry',
      sourceName: 'ministry.txt',
      sha256: '0'.repeat(64),
      length: text.length,
      added: '2026-01-01T00:00:00.000Z',
    },
    text,
    annotations: {
      version: 1,
      docId: DOC_ID,
      annotator: 'lan',
      status: 'todo',
      spans: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  }
  const base = Object.fromEntries(ENDPOINT_NAMES.map((name) => [name, unsupported(name)]))
  Object.assign(fake, {
    client: {
      ...base,
      getSession: async () => ({ ok: true, value: SESSION }),
      listDocuments: async () => ({
        ok: true,
        value: [
          {
            id: DOC_ID,
            title: 'Ministry',
            length: text.length,
            status: 'todo',
            spanCount: 0,
            added: '2026-01-01T00:00:00.000Z',
            labelCounts: [],
            unresolvedComments: 0,
          },
        ],
      }),
      getDocument: async () => ({ ok: true, value: document }),
      listComments: async () => ({ ok: true, value: { threads: [], unreadable: [] } }),
      applySpanChanges: async ({ changes }: { changes: SpanChangeSet }) => {
        if (fake.failSaves) {
          return {
            ok: false,
            error: { code: 'unwritable', message: fake.failSaves, hint: 'Free some space.' },
          }
        }
        fake.saved.push(changes)
        return { ok: true, value: { updatedAt: new Date().toISOString(), status: 'in-progress' } }
      },
    } as unknown as GlossClient,
  })
  return fake
}
