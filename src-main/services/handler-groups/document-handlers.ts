import type { DocumentListItem, Handlers } from '../../contract/endpoints'
import { mapLimit } from '../annotations/map-limit'
import {
  saveDocumentStatus,
  saveSpanChanges,
  untouchedAnnotations,
} from '../annotations/span-edits'
import { backedUp } from '../backups/backed-up'
import { unresolvedCommentCounts } from '../comments/comment-service'
import { versionRefs } from '../../core/project/document-versions'
import { countLabels } from '../../core/spans/label-counts'
import { renameDocument } from '../project/rename-document'
import type { SessionContext } from '../session/session-context'

type DocumentHandlers = Pick<
  Handlers,
  'listDocuments' | 'renameDocument' | 'getDocument' | 'applySpanChanges' | 'setDocumentStatus'
>

const PARALLEL_READS = 32

/** The documents and the current annotator's work on them. */
export function documentHandlers(session: SessionContext): DocumentHandlers {
  return {
    async listDocuments() {
      const store = await session.project()
      const annotator = session.annotator()
      const [{ documents }, comments, annotated] = await Promise.all([
        store.readIndex(),
        unresolvedCommentCounts(store),
        store.listAnnotatedDocIds(annotator),
      ])
      // One listing of the annotator's folder: most documents of a large project have no
      // file yet, and a failed open per document cost more than everything else here.
      const hasFile = new Set(annotated)
      const versions = versionRefs(documents)
      return mapLimit(documents, PARALLEL_READS, async (entry): Promise<DocumentListItem> => {
        const file = hasFile.has(entry.id) ? await store.readAnnotations(annotator, entry.id) : null
        return {
          id: entry.id,
          title: entry.title,
          added: entry.added,
          length: entry.length,
          status: file?.status ?? 'todo',
          spanCount: file?.spans.length ?? 0,
          // From the file read for the count anyway: the list's label filter costs no read.
          labelCounts: file ? countLabels(file.spans) : [],
          unresolvedComments: comments.get(entry.id) ?? 0,
          ...versions(entry.id),
          ...(file?.docLabels && { docLabels: file.docLabels }),
        }
      })
    },
    async renameDocument({ docId, title }) {
      return renameDocument(await session.project(), docId, title)
    },
    async getDocument({ docId }) {
      const store = await session.project()
      const annotator = session.annotator()
      const entry = await store.findDocument(docId)
      const [text, file] = await Promise.all([
        store.readText(entry),
        store.readAnnotations(annotator, docId),
      ])
      return { entry, text, annotations: file ?? untouchedAnnotations(entry, annotator) }
    },
    async applySpanChanges({ docId, changes, base }) {
      const store = await backedUp(session, docId)
      return saveSpanChanges(store, session.annotator(), docId, changes, base)
    },
    async setDocumentStatus({ docId, status, base }) {
      const store = await backedUp(session, docId)
      return saveDocumentStatus(store, session.annotator(), docId, status, base)
    },
  }
}
