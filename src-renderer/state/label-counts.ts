import { patchLabelCounts } from '@core/spans/label-counts'
import type { SpanChangeSet } from '@core/spans/span'

import type { AppState } from './app-state'

/** The list's spans per label for `docId` after an edit, so the label filter sees it at once. */
export const withLabelCounts = (
  state: AppState,
  docId: string,
  changes: SpanChangeSet,
): AppState => ({
  ...state,
  documents: state.documents.map((item) =>
    item.id === docId
      ? { ...item, labelCounts: patchLabelCounts(item.labelCounts, changes) }
      : item,
  ),
})
