import { namedDocLabels } from '../doc-labels/named-doc-labels'
import type { DatasetDocument, ExportOptions } from './dataset'
import { sortedLayers } from './export-spans'

/**
 * The native JSONL's `docLabels` field, spread into the line: each layer's document labels
 * keyed by annotator (`{}` for a layer with none), present only when the project defines
 * categories, so a project without them exports byte for byte as before.
 */
export function jsonlDocLabels(
  doc: DatasetDocument,
  options: ExportOptions,
): { docLabels?: Record<string, Record<string, string>> } {
  const categories = options.docLabels ?? []
  if (categories.length === 0) return {}
  const docLabels: Record<string, Record<string, string>> = {}
  for (const layer of sortedLayers(doc)) {
    docLabels[layer.annotator] = namedDocLabels(layer.docLabels, categories)
  }
  return { docLabels }
}
