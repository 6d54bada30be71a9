import type { AppState } from './app-state'

/** The state with document `docId` called `title` wherever a title of it is shown. */
export function withTitle(state: AppState, docId: string, title: string): AppState {
  const { doc, review } = state
  return {
    ...state,
    documents: state.documents.map((item) => (item.id === docId ? { ...item, title } : item)),
    doc: doc?.entry.id === docId ? { ...doc, entry: { ...doc.entry, title } } : doc,
    review: {
      ...review,
      documents: review.documents.map((item) => (item.id === docId ? { ...item, title } : item)),
      doc:
        review.doc?.entry.id === docId
          ? { ...review.doc, entry: { ...review.doc.entry, title } }
          : review.doc,
    },
  }
}

/**
 * After the list was read again (another window may have renamed a document): the open
 * documents, in annotate and in review, take the titles the list has for them.
 */
export function withListedTitles(state: AppState): AppState {
  let next = state
  for (const open of [state.doc?.entry, state.review.doc?.entry]) {
    const listed = open && state.documents.find((item) => item.id === open.id)
    if (open && listed && listed.title !== open.title) next = withTitle(next, open.id, listed.title)
  }
  return next
}
