import { join } from 'node:path'

/** Where each part of a project lives (DESIGN.md §3). */
export interface ProjectPaths {
  readonly root: string
  readonly projectFile: string
  readonly documentsDir: string
  readonly indexFile: string
  readonly annotationsDir: string
  /** `comments/<author>/<docId>.json`: each person's comment threads and replies. */
  readonly commentsDir: string
  documentText(docId: string): string
  annotationFile(annotator: string, docId: string): string
  commentFile(author: string, docId: string): string
}

/** The paths of a project rooted at `root` (an absolute path). */
export function projectPaths(root: string): ProjectPaths {
  const documentsDir = join(root, 'documents')
  const annotationsDir = join(root, 'annotations')
  const commentsDir = join(root, 'comments')
  return {
    root,
    projectFile: join(root, 'gloss.json'),
    documentsDir,
    indexFile: join(documentsDir, 'index.json'),
    annotationsDir,
    commentsDir,
    documentText: (docId) => join(documentsDir, `${docId}.txt`),
    annotationFile: (annotator, docId) => join(annotationsDir, annotator, `${docId}.json`),
    commentFile: (author, docId) => join(commentsDir, author, `${docId}.json`),
  }
}
