import type { DatasetDocument, ExportFormat } from './dataset'

// Formats with no place for a label on the whole document.
const WITHOUT_DOC_LABELS: Partial<Record<ExportFormat, string>> = {
  conll: 'CoNLL (one token per line)',
  brat: 'brat standoff (annotations on text only)',
  csv: 'CSV (one row per span)',
}

/** A warning when the export has document labels its format cannot carry. */
export function docLabelWarnings(format: ExportFormat, docs: readonly DatasetDocument[]): string[] {
  const name = WITHOUT_DOC_LABELS[format]
  if (name === undefined) return []
  const labelled = docs.filter((doc) =>
    doc.layers.some((layer) => Object.keys(layer.docLabels ?? {}).length > 0),
  ).length
  if (labelled === 0) return []
  return [
    `${name} has no place for document labels: those of ${labelled} ${labelled === 1 ? 'document were' : 'documents were'} not written (native JSONL, doccano, spaCy, Label Studio and W3C carry them).`,
  ]
}
