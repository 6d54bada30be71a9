import type { UploadSource } from '../state/commands/import'

const ARTICLE_FILE = /\.(txt|md|html?|jsonl?)$/i

/** The article picker's filter: text, Markdown, HTML, and JSON/JSONL corpora. */
export const ARTICLE_ACCEPT = '.txt,.md,.html,.htm,.json,.jsonl'

/** Inside a folder only articles count; hidden files and folders (.git, .DS_Store) do not. */
export function isArticlePath(path: string): boolean {
  return ARTICLE_FILE.test(path) && !path.split('/').some((part) => part.startsWith('.'))
}

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsDataURL(file)
  })
}

/** A picked or dropped file as an upload; `name` is its path inside a dropped folder. */
export function fileToUpload(file: File, name = file.name): UploadSource {
  return { name, size: file.size, readBase64: () => readBase64(file) }
}

/** Files from a folder picker (`webkitdirectory`): articles only, named by their folder path. */
export function folderFilesToUploads(files: Iterable<File>): UploadSource[] {
  const uploads: UploadSource[] = []
  for (const file of files) {
    const path = file.webkitRelativePath || file.name
    if (isArticlePath(path)) uploads.push(fileToUpload(file, path))
  }
  return uploads
}
