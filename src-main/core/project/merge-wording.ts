import type { MergeLayer, MergeSummary, UnknownLabel } from './merge-summary'

const LISTED_DOCUMENTS = 10

/** "1 file", "3 files". */
export const counted = (count: number, one: string, many = `${one}s`): string =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`

/** The layer's name, with the name it is merged under when that differs: "bob → bob-2". */
export const layerTitle = (layer: MergeLayer): string =>
  layer.as === layer.name ? layer.name : `${layer.name} → ${layer.as}`

/**
 * What the merge does (`applied`: did) with the layer, after its title:
 * "new layer, 3 files (3 documents), 12 spans".
 */
export function layerOutcome(layer: MergeLayer, applied: boolean): string {
  const brought = `${counted(layer.filesAdded, 'file')} (${counted(layer.documents, 'document')}), ${counted(layer.spans, 'span')}`
  const here = layer.filesAlreadyHere > 0 ? `; ${layer.filesAlreadyHere} already here` : ''
  switch (layer.state) {
    case 'new':
      return `new layer, ${brought}`
    case 'adding':
      return `${applied ? 'added' : 'adds'} ${brought}${here}`
    case 'already-here':
      return `already here (${counted(layer.filesAlreadyHere, 'file')})`
    case 'clash':
      return `clashes with this project's ${layer.as} (${counted(layer.filesDiffering, 'file differs', 'files differ')}), so nothing of it is merged`
  }
}

/** "Hedge (3 spans), Source (1 span) are not in this project's labels: add them …". */
export function unknownLabelsWarning(labels: readonly UnknownLabel[]): string | null {
  if (labels.length === 0) return null
  const listed = labels.map((label) => `${label.name} (${counted(label.spans, 'span')})`).join(', ')
  const are = labels.length === 1 ? 'is' : 'are'
  return `${listed} ${are} not in this project's labels: add ${labels.length === 1 ? 'it' : 'them'} in Settings with the same name to see and export those spans.`
}

/** The documents added, by title, the first few of many. */
export function documentsLine(summary: MergeSummary): string {
  const { documentsAdded: added } = summary
  if (added.length === 0) return 'no documents added'
  const titles = added.slice(0, LISTED_DOCUMENTS).map((document) => document.title)
  const more =
    added.length > LISTED_DOCUMENTS ? `; …and ${added.length - LISTED_DOCUMENTS} more` : ''
  return `${counted(added.length, 'document')} added: ${titles.join('; ')}${more}`
}

/** Whether anything was refused or clashed (the CLI's exit code 2). */
export const mergeHadProblems = (summary: MergeSummary): boolean =>
  summary.refused.length > 0 || summary.layers.some((layer) => layer.state === 'clash')
