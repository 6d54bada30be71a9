import { join } from 'node:path'

/** Where each part of a project lives (DESIGN.md §3). */
export interface ProjectPaths {
  readonly root: string
  readonly projectFile: string
  readonly documentsDir: string
  readonly indexFile: string
  readonly annotationsDir: string
  documentText(docId: string): string
  annotationFile(annotator: string, docId: string): string
}

/** The paths of a project rooted at `root` (an absolute path). */
export function projectPaths(root: string): ProjectPaths {
  const documentsDir = join(root, 'documents')
  const annotationsDir = join(root, 'annotations')
  return {
    root,
    projectFile: join(root, 'gloss.json'),
    documentsDir,
    indexFile: join(documentsDir, 'index.json'),
    annotationsDir,
    documentText: (docId) => join(documentsDir, `${docId}.txt`),
    annotationFile: (annotator, docId) => join(annotationsDir, annotator, `${docId}.json`),
  }
}
