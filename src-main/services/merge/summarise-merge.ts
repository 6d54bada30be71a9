import type { Label } from '../../core/labels/label'
import type {
  MergeLayer,
  MergeRefusal,
  MergeSummary,
  UnknownLabel,
} from '../../core/project/merge-summary'
import type { DocumentToAdd } from './plan-documents'
import type { FileToWrite, LayerDraft } from './plan-layers'

export interface SummaryParts {
  readonly from: string
  readonly fromName: string
  readonly applied: boolean
  readonly drafts: readonly LayerDraft[]
  readonly documents: readonly DocumentToAdd[]
  readonly refused: readonly MergeRefusal[]
  readonly ourLabels: readonly Label[]
  readonly theirLabels: readonly Label[]
}

/** The figures of a merge (or its plan) from what it writes (or would). */
export function summariseMerge(parts: SummaryParts): MergeSummary {
  return {
    from: parts.from,
    fromName: parts.fromName,
    applied: parts.applied,
    layers: parts.drafts.map(summariseLayer),
    documentsAdded: parts.documents.map(({ entry }) => ({ id: entry.id, title: entry.title })),
    refused: parts.refused,
    unknownLabels: unknownLabels(
      parts.drafts.flatMap((draft) => draft.add),
      parts.ourLabels,
      parts.theirLabels,
    ),
  }
}

function summariseLayer(draft: LayerDraft): MergeLayer {
  const state =
    draft.differing > 0
      ? 'clash'
      : !draft.existed
        ? 'new'
        : draft.add.length > 0
          ? 'adding'
          : 'already-here'
  return {
    name: draft.name,
    as: draft.as,
    state,
    filesAdded: draft.add.length,
    filesAlreadyHere: draft.alreadyHere,
    filesDiffering: draft.differing,
    documents: new Set(draft.add.map((file) => file.docId)).size,
    spans: draft.add.reduce((sum, file) => sum + spanLabels(file).length, 0),
    ...(draft.suggestedName !== undefined && { suggestedName: draft.suggestedName }),
  }
}

const spanLabels = (file: FileToWrite): readonly string[] => file.folder.spanLabels(file.data)

// gloss.json is ours alone: a merge never adds labels, it says which ones are missing.
function unknownLabels(
  files: readonly FileToWrite[],
  ourLabels: readonly Label[],
  theirLabels: readonly Label[],
): UnknownLabel[] {
  const known = new Set(ourLabels.map((label) => label.id))
  const counts = new Map<string, number>()
  for (const file of files) {
    for (const id of spanLabels(file)) {
      if (!known.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  const names = new Map(theirLabels.map((label) => [label.id, label.name]))
  return [...counts]
    .map(([id, spans]) => ({ id, name: names.get(id) ?? id, spans }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'))
}
