import type { ListedDocument } from '../../../../src-main/core/documents/listed-document'
import type { LabelCount } from '../../../../src-main/core/spans/label-counts'
import type { DocumentStatus } from '../../../../src-main/core/spans/span'

/** A row of the document list; `day` is the day of January 2026 it was added. */
export const listed = (
  id: string,
  title: string,
  day: number,
  status: DocumentStatus,
  spanCount: number,
  labelCounts: readonly LabelCount[] = [],
): ListedDocument => ({
  id,
  title,
  added: `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  status,
  spanCount,
  labelCounts,
})

export const idsOf = (documents: readonly ListedDocument[]): string[] =>
  documents.map((document) => document.id)
