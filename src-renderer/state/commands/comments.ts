import type { DocumentComments } from '@contract/endpoints'
import { unresolvedCount } from '@core/comments/build-threads'
import type { CommentTarget } from '@core/comments/comment'
import type { Result } from '@core/result'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'

/** The document's threads as the host returned them, and its count in the document list. */
function withThreads(state: AppState, docId: string, comments: DocumentComments): AppState {
  const open = unresolvedCount(comments.threads)
  return {
    ...state,
    comments: { ...state.comments, [docId]: comments.threads },
    documents: state.documents.map((item) =>
      item.id === docId && item.unresolvedComments !== open
        ? { ...item, unresolvedComments: open }
        : item,
    ),
  }
}

export function createCommentCommands(ctx: CommandContext) {
  const { store, client } = ctx

  /** Keeps what the host answered; a failure goes to the error banner and yields `false`. */
  const take = (docId: string, result: Result<DocumentComments>): boolean => {
    const comments = unwrap(ctx, result)
    if (comments === null) return false
    store.update((state) => withThreads(state, docId, comments))
    return true
  }

  return {
    /** Reads every author's threads on the document; files that cannot be read are reported. */
    load: async (docId: string): Promise<void> => {
      const result = await client.listComments({ docId })
      if (!take(docId, result) || !result.ok) return
      for (const error of result.value.unreadable) unwrap(ctx, { ok: false, error })
    },

    /** Starts a thread on a span or a range with its first comment. */
    startThread: async (docId: string, target: CommentTarget, text: string): Promise<boolean> =>
      take(docId, await client.addComment({ docId, target, text })),

    reply: async (docId: string, threadId: string, text: string): Promise<boolean> =>
      take(docId, await client.addComment({ docId, threadId, text })),

    /** Resolves or reopens a thread, whoever started it. */
    setResolved: async (docId: string, threadId: string, resolved: boolean): Promise<boolean> =>
      take(docId, await client.setThreadResolved({ docId, threadId, resolved })),

    /** The C key: the selected span's comment box takes the focus; `false` with no span selected. */
    compose: (): boolean => {
      if (store.get().selectedSpanId === null) return false
      store.update((state) => ({ ...state, composeSeq: state.composeSeq + 1 }))
      return true
    },
  }
}

export type CommentCommands = ReturnType<typeof createCommentCommands>
