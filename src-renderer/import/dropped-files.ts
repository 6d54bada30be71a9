import type { UploadSource } from '../state/commands/import'
import { fileToUpload, isArticlePath } from './read-files'

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject))

// readEntries hands out a directory's entries in pages: call it until it returns none.
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader()
  const all: FileSystemEntry[] = []
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (page.length === 0) return all
    all.push(...page)
  }
}

async function collect(entry: FileSystemEntry, inFolder: boolean, out: UploadSource[]) {
  const path = entry.fullPath.replace(/^\//, '')
  if (entry.isFile) {
    // A file dropped by itself is sent as it is (the host says why it refuses one);
    // inside a folder, only articles are taken.
    if (!inFolder || isArticlePath(path)) {
      out.push(fileToUpload(await fileOf(entry as FileSystemFileEntry), path))
    }
    return
  }
  if (entry.isDirectory && !entry.name.startsWith('.')) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) {
      await collect(child, true, out)
    }
  }
}

/** Files and folders (recursively) dropped on the window, as uploads. */
export async function droppedUploads(data: DataTransfer): Promise<UploadSource[]> {
  // The entries must be taken synchronously, before the drop event returns.
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
  const out: UploadSource[] = []
  if (entries.every((entry) => entry !== null)) {
    for (const entry of entries) await collect(entry, false, out)
    return out
  }
  return [...data.files].map((file) => fileToUpload(file))
}
