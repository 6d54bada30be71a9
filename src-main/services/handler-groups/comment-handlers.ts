import type { Handlers } from '../../contract/endpoints'
import { GlossFailure } from '../../core/failure'
import { addComment, listDocumentComments, setThreadResolved } from '../comments/comment-service'
import type { SessionContext } from '../session/session-context'

type CommentHandlers = Pick<Handlers, 'listComments' | 'addComment' | 'setThreadResolved'>

/** Comment threads on spans and ranges; whoever is annotating writes only their own file. */
export function commentHandlers(session: SessionContext): CommentHandlers {
  return {
    async listComments({ docId }) {
      return listDocumentComments(await session.project(), docId)
    },
    async addComment({ docId, text, target, threadId }) {
      const store = await session.project()
      const author = session.annotator()
      if (target !== undefined) return addComment(store, author, docId, { text, target })
      if (threadId !== undefined) return addComment(store, author, docId, { text, threadId })
      // The schema refuses this already; a handler called directly must not guess.
      throw new GlossFailure({
        code: 'invalid-input',
        message: 'A comment needs a target (to start a thread) or a threadId (to reply).',
      })
    },
    async setThreadResolved({ docId, threadId, resolved }) {
      return setThreadResolved(
        await session.project(),
        session.annotator(),
        docId,
        threadId,
        resolved,
      )
    },
  }
}
