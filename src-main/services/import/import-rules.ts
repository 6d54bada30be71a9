import { extname } from 'node:path'

/** The article files Gloss imports (DESIGN.md §5): text, Markdown, HTML and JSON corpora. */
export const IMPORT_EXTENSIONS: readonly string[] = [
  '.txt',
  '.md',
  '.html',
  '.htm',
  '.json',
  '.jsonl',
]

// A 1,000,000-character article is a few megabytes; anything far larger is not an article.
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/** Whether Gloss imports a file of this name. */
export const isImportableName = (name: string): boolean =>
  IMPORT_EXTENSIONS.includes(extname(name).toLowerCase())

// Dot files and folders (.git, .DS_Store) and temp files of interrupted writes (.x.json.tmp).
export const isHiddenName = (name: string): boolean => name.startsWith('.')

/** Why a file of this name is refused, or null when its type is imported. */
export function extensionProblem(name: string): string | null {
  if (isImportableName(name)) return null
  const extension = extname(name).toLowerCase()
  const kind = extension === '' ? 'has no file extension' : `is a ${extension} file`
  return `${kind}; Gloss imports ${IMPORT_EXTENSIONS.slice(0, -1).join(', ')} and ${IMPORT_EXTENSIONS.at(-1)} files`
}
