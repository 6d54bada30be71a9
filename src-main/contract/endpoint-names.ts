// The plain list the sandboxed preload needs; it must not pull in the schema library.
export const ENDPOINT_NAMES = [
  'getSession',
  'openProject',
  'pickProjectFolder',
  'setAnnotator',
  'updateProject',
  'countLabelUsage',
  'listDocuments',
  'getDocument',
  'applySpanChanges',
  'setDocumentStatus',
  'pickImportPaths',
  'importPaths',
  'importUploads',
  'exportDataset',
  'exportProgress',
  'saveExport',
  'listAnnotators',
  'importAnnotations',
  'listReview',
  'getReviewDocument',
  'applyGoldEdit',
  'adjudicateMajority',
  'getGold',
  'mergeProject',
  'listComments',
  'addComment',
  'setThreadResolved',
  'pollChanges',
  'getAgreement',
  'getUndoHistory',
  'saveUndoHistory',
] as const

export type EndpointName = (typeof ENDPOINT_NAMES)[number]

export const ipcChannel = (name: EndpointName): string => `gloss:${name}`
